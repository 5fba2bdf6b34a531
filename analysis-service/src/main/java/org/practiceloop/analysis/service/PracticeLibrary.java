package org.practiceloop.analysis.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.practiceloop.analysis.domain.ActionPlan.Drill;
import org.practiceloop.analysis.domain.Theme;

/** The curated deliberate-practice drills for each theme (practice-library.json). */
@ApplicationScoped
public class PracticeLibrary {

    public record Practice(List<Drill> drills, String howYouWillKnow) {
    }

    private final Map<Theme, Practice> practices;

    PracticeLibrary(ObjectMapper mapper) {
        try (InputStream in = PracticeLibrary.class.getResourceAsStream("/practice-library.json")) {
            practices = withDrillIds(mapper.readValue(in, new TypeReference<Map<Theme, Practice>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException("practice-library.json cannot be read", e);
        }
        EnumSet<Theme> missing = EnumSet.allOf(Theme.class);
        missing.removeAll(practices.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("practice-library.json has no practice for " + missing);
        }
    }

    private static Map<Theme, Practice> withDrillIds(Map<Theme, Practice> read) {
        Map<Theme, Practice> numbered = new EnumMap<>(Theme.class);
        read.forEach((theme, practice) -> numbered.put(theme, new Practice(IntStream.range(0, practice.drills().size())
                .mapToObj(i -> new Drill(theme + "-" + (i + 1), practice.drills().get(i).practice(),
                        practice.drills().get(i).target()))
                .toList(), practice.howYouWillKnow())));
        return numbered;
    }

    public Practice forTheme(Theme theme) {
        return practices.get(theme);
    }
}
