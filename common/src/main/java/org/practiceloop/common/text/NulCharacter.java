package org.practiceloop.common.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * PostgreSQL's text cannot hold U+0000, so a NUL anywhere in input is refused at the edge as a
 * 400 naming the field, instead of failing in the database as a 500. JSON strings are checked as
 * they are read (which covers CSV rows too, read through the same mapper); paths and queries by
 * {@code NulInUriFilter}; form posts by their resources.
 */
@Singleton
public class NulCharacter implements ObjectMapperCustomizer {

    public static final String MESSAGE = "must not contain the NUL character (U+0000)";

    public static boolean in(String text) {
        return text != null && text.indexOf('\u0000') >= 0;
    }

    static boolean inEncodedUri(String rawUri) {
        return rawUri.contains("%00");
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("nul-character").addDeserializer(String.class, new Refusing()));
    }

    private static final class Refusing extends StdScalarDeserializer<String> {

        Refusing() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (in(value)) {
                throw InvalidFormatException.from(parser, MESSAGE, value, String.class);
            }
            return value;
        }
    }
}
