package org.practiceloop.analysis.service.classifier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.practiceloop.analysis.domain.Classification;
import org.practiceloop.analysis.domain.Label;
import org.practiceloop.analysis.domain.Reason;
import org.practiceloop.analysis.domain.Theme;
import org.practiceloop.analysis.service.FeedbackClassifier;

/**
 * How a classifier does on a labelled set: label accuracy and macro-F1 (constructive vs
 * non-actionable), theme accuracy over the constructive items (a constructive item labelled
 * non-actionable counts as a wrong theme), reason accuracy where the set has reasons, and how
 * accurate the items not marked uncertain are.
 */
public record ClassifierEvaluation(String name, List<LabelledItem> items, List<Classification> predictions) {

    public static ClassifierEvaluation of(String name, FeedbackClassifier classifier, List<LabelledItem> items) {
        return new ClassifierEvaluation(name, items,
                classifier.classifyAll(items.stream().map(LabelledItem::text).toList()));
    }

    public double accuracy() {
        return fraction(all(), i -> predictions.get(i).label() == items.get(i).label());
    }

    public double macroF1() {
        return (f1(Label.CONSTRUCTIVE) + f1(Label.NON_ACTIONABLE)) / 2;
    }

    public double themeAccuracy() {
        return fraction(indices(i -> items.get(i).label() == Label.CONSTRUCTIVE),
                i -> predictions.get(i).theme() == items.get(i).theme());
    }

    /** Over non-actionable items, when the set has reasons (PRODUCT.md's dev file has none). */
    public double reasonAccuracy() {
        return fraction(indices(i -> items.get(i).reason() != null),
                i -> predictions.get(i).reason() == items.get(i).reason());
    }

    public boolean hasReasons() {
        return items.stream().anyMatch(i -> i.reason() != null);
    }

    public double uncertainShare() {
        return fraction(all(), i -> predictions.get(i).uncertain());
    }

    public double confidentAccuracy() {
        return fraction(indices(i -> !predictions.get(i).uncertain()),
                i -> predictions.get(i).label() == items.get(i).label());
    }

    public String report() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s (%d items)%n", name, items.size()));
        out.append(String.format(Locale.ROOT,
                "  accuracy %.3f   macro-F1 %.3f   theme accuracy %.3f%s%n", accuracy(), macroF1(), themeAccuracy(),
                hasReasons() ? String.format(Locale.ROOT, "   reason accuracy %.3f", reasonAccuracy()) : ""));
        out.append(String.format(Locale.ROOT, "  uncertain %.1f%% of items; accuracy of the rest %.3f%n",
                100 * uncertainShare(), confidentAccuracy()));
        List<String> kinds = hasReasons() ? kindsWithReasons() : List.of("constructive", "non_actionable");
        out.append("  confusion (rows: labelled, columns: predicted)\n");
        out.append(matrix(kinds, i -> kind(items.get(i).label(), items.get(i).reason(), kinds),
                i -> kind(predictions.get(i).label(), predictions.get(i).reason(), kinds), all()));
        List<String> themeColumns = new ArrayList<>(Arrays.stream(Theme.values()).map(Theme::toString).toList());
        themeColumns.add("non_actionable");
        out.append("  theme confusion over constructive items (rows: labelled, columns: predicted)\n");
        out.append(matrix(themeColumns, i -> items.get(i).theme().toString(),
                i -> Objects.toString(predictions.get(i).theme(), "non_actionable"),
                indices(i -> items.get(i).label() == Label.CONSTRUCTIVE)));
        return out.toString();
    }

    private static List<String> kindsWithReasons() {
        List<String> kinds = new ArrayList<>(List.of("constructive"));
        for (Reason reason : Reason.values()) {
            kinds.add(reason.toString());
        }
        return kinds;
    }

    private static String kind(Label label, Reason reason, List<String> kinds) {
        return label == Label.CONSTRUCTIVE || kinds.size() == 2 ? label.toString().toLowerCase(Locale.ROOT)
                : reason.toString();
    }

    private static String matrix(List<String> classes, IntFunction<String> gold,
            IntFunction<String> predicted, List<Integer> rows) {
        int[][] counts = new int[classes.size()][classes.size()];
        for (int i : rows) {
            counts[classes.indexOf(gold.apply(i))][classes.indexOf(predicted.apply(i))]++;
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "  %-28s", ""));
        for (int c = 0; c < classes.size(); c++) {
            out.append(String.format(Locale.ROOT, "%5s", "c" + c));
        }
        out.append('\n');
        for (int r = 0; r < classes.size(); r++) {
            if (Arrays.stream(counts[r]).sum() == 0) {
                continue; // e.g. "non_actionable" as a labelled theme
            }
            out.append(String.format(Locale.ROOT, "  %-28s", "c" + r + " " + classes.get(r)));
            for (int c = 0; c < classes.size(); c++) {
                out.append(String.format(Locale.ROOT, "%5d", counts[r][c]));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private double f1(Label label) {
        int truePositive = 0;
        int falsePositive = 0;
        int falseNegative = 0;
        for (int i = 0; i < items.size(); i++) {
            boolean gold = items.get(i).label() == label;
            boolean predicted = predictions.get(i).label() == label;
            truePositive += gold && predicted ? 1 : 0;
            falsePositive += !gold && predicted ? 1 : 0;
            falseNegative += gold && !predicted ? 1 : 0;
        }
        return truePositive == 0 ? 0 : 2.0 * truePositive / (2.0 * truePositive + falsePositive + falseNegative);
    }

    private List<Integer> all() {
        return indices(i -> true);
    }

    private List<Integer> indices(IntPredicate keep) {
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (keep.test(i)) {
                result.add(i);
            }
        }
        return result;
    }

    private static double fraction(List<Integer> indices, IntPredicate hit) {
        return indices.isEmpty() ? Double.NaN
                : (double) indices.stream().filter(hit::test).count() / indices.size();
    }
}
