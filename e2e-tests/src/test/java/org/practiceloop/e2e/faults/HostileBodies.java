package org.practiceloop.e2e.faults;

import static org.practiceloop.e2e.faults.HostileText.pick;
import static org.practiceloop.e2e.faults.HostileText.randomBytes;
import static org.practiceloop.e2e.faults.HostileText.utf8;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** What attacks a request body: hostile variants of JSON, CSV and HTML-form bodies. */
final class HostileBodies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HostileBodies() {
    }

    /** A hostile variant of a valid JSON body: one mutation picked at random. */
    static byte[] json(String valid, Random random) {
        try {
            JsonNode tree = JSON.readTree(valid);
            // Half the time every non-ASCII character goes as a \\u escape, so lone surrogates arrive as such.
            ObjectWriter writer = random.nextBoolean() ? JSON.writer() : JSON.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);
            return switch (random.nextInt(9)) {
                case 0 -> utf8(valid.substring(0, random.nextInt(Math.max(1, valid.length() - 1)))); // cut short
                case 1 -> writer.writeValueAsBytes(replaceRandomValue(tree, wrongType(random), random));
                case 2 -> writer.writeValueAsBytes(replaceRandomValue(tree,
                        JsonNodeFactory.instance.textNode(pick(HostileText.TEXT, random)), random));
                case 3 -> writer.writeValueAsBytes(replaceRandomValue(tree,
                        JsonNodeFactory.instance.textNode("x".repeat(random.nextBoolean() ? 70_000 : 2_100_000)), random));
                case 4 -> writer.writeValueAsBytes(replaceRandomValue(tree, deeplyNested(random), random));
                case 5 -> utf8("[".repeat(20_000 + random.nextInt(1000)) + "]".repeat(random.nextInt(3)));
                case 6 -> utf8(valid.replaceFirst("\\{", "{\"unexpected\": " + (random.nextBoolean() ? "1" : "{\"a\": [1]}") + ", "));
                case 7 -> utf8(pick(List.of("", "null", "true", "42", "\"text\"", "{", "}", "<xml/>", "\u0000",
                        "{\"a\":1,\"a\":2}", "\"\\ud800\"", "\"\\u0000\"", "NaN", "[]", "{}"), random));
                default -> randomBytes(random); // mostly invalid UTF-8
            };
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A hostile evaluation import in CSV: bad cells, broken quoting, overlong rows, or no CSV at all. */
    static byte[] csv(Random random) {
        String header = "candidate_id,candidate_email,candidate_name,interviewer_id,interviewer_name,session_date,"
                + "interview_type,recommendation,strengths,improvements,comments";
        String row = "c-1,c1@example.com,Ada,p-1,Anna,2026-03-02,coding,leaning_no,Clean,Clarify,None";
        if (random.nextInt(6) == 0) {
            return randomBytes(random);
        }
        return utf8(switch (random.nextInt(6)) {
            case 0 -> header + "\n" + row.replace("2026-03-02", pick(HostileText.TEXT, random));
            case 1 -> header + "\n\"unterminated," + row;
            case 2 -> pick(HostileText.TEXT, random) + "\n" + row;
            case 3 -> header + "\n" + row + "," + "x".repeat(70_000);
            case 4 -> header + "\n" + (row + "\n").repeat(random.nextInt(3)) + row.replace("Clean", pick(HostileText.TEXT, random));
            default -> header + "\n" + row + ",extra,cells,beyond,the,header";
        });
    }

    /** A hostile HTML-form body (the partner form's fields), now and then broken in its encoding. */
    static byte[] form(Random random) {
        String[] fields = {"candidateId", "candidateEmail", "candidateName", "interviewerId", "sessionDate",
                "interviewType", "recommendation", "strengths", "improvements", "score.coding", "note.coding"};
        StringBuilder body = new StringBuilder();
        for (String field : fields) {
            if (random.nextInt(3) > 0) {
                body.append(body.isEmpty() ? "" : "&").append(field).append('=')
                        .append(URLEncoder.encode(random.nextInt(8) == 0 ? "y".repeat(70_000) : pick(HostileText.TEXT, random),
                                StandardCharsets.UTF_8));
            }
        }
        // Now and then broken encoding: a bad escape, bare "=" pairs, bytes that are not UTF-8.
        return utf8(switch (random.nextInt(10)) {
            case 0 -> "%zz&=&&" + body;
            case 1 -> body + "&strengths=%FF%FE%ED%A0%80";
            default -> body.toString();
        });
    }

    private static JsonNode replaceRandomValue(JsonNode tree, JsonNode value, Random random) {
        JsonNode copy = tree.deepCopy();
        List<JsonNode> containers = new ArrayList<>();
        copy.forEach(child -> containers.add(child));
        containers.add(copy);
        collect(copy, containers);
        JsonNode container = pick(containers.stream().filter(c -> c.isContainerNode() && c.size() > 0).toList(), random);
        if (container instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            object.set(pick(names, random), value);
        } else if (container instanceof ArrayNode array) {
            array.set(random.nextInt(array.size()), value);
        }
        return copy;
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        node.forEach(child -> {
            if (child.isContainerNode()) {
                into.add(child);
                collect(child, into);
            }
        });
    }

    private static JsonNode wrongType(Random random) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (random.nextInt(7)) {
            case 0 -> nodes.numberNode(random.nextInt());
            case 1 -> nodes.numberNode(new BigDecimal("1e400"));
            case 2 -> nodes.booleanNode(random.nextBoolean());
            case 3 -> nodes.nullNode();
            case 4 -> nodes.arrayNode().add("a").add(1);
            case 5 -> nodes.objectNode().put("nested", "object");
            default -> nodes.numberNode(-0.5);
        };
    }

    private static JsonNode deeplyNested(Random random) {
        ArrayNode root = JsonNodeFactory.instance.arrayNode();
        ArrayNode current = root;
        for (int depth = 0; depth < 500 + random.nextInt(500); depth++) {
            current = current.addArray();
        }
        return root;
    }
}
