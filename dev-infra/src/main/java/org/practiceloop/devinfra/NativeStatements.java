package org.practiceloop.devinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the SQL in Java sources and tells which statements could reach another organisation's
 * rows. It reads the source, not what ran: a statement counts wherever it lives (a constant, a
 * helper, a JDBC call) and whether or not a test executes it.
 *
 * <p>The rule: a statement on a tenant table (one whose migration gives it {@code organization_id})
 * compares {@code organization_id} or, for an insert, sets it; or it is declared cross-tenant,
 * either as a queue claim ({@code FOR UPDATE … SKIP LOCKED}: only workers that take every
 * organisation's rows from a shared queue lock that way, and they handle each row as its
 * organisation) or by the comment {@value #DECLARATION} inside the statement, with the reason.
 */
public final class NativeStatements {

    /**
     * Inside a statement that spans organisations on purpose, followed by why. No colon: Hibernate
     * would read one in a native query as a parameter.
     */
    public static final String DECLARATION = "/* every organisation,";

    /** Where a concatenated expression stood; as a table it is unknown, so it is checked. */
    private static final String EXPRESSION = "${}";

    private static final Pattern SQL = Pattern.compile("(?is)^\\s*(?:/\\*.*?\\*/\\s*)?(select|insert|update|delete|with|merge)\\b.*");
    private static final Pattern TABLE = Pattern.compile(
            "(?i:\\b(?:from|join|into|update|using)\\s+)(?i:only\\s+)?([a-z_][a-z0-9_]*|\\$\\{})");
    private static final Pattern ORGANIZATION = Pattern.compile("\\borganization_id\\b");
    private static final Pattern COMPARES_ORGANIZATION = Pattern.compile("(?i)\\borganization_id\\s*(?:=|<>|in\\b)");
    private static final Pattern INSERT_COLUMNS = Pattern.compile("(?is)\\binsert\\s+into\\s+\\S+\\s*\\(([^)]*)\\)");
    private static final Pattern CLAIM = Pattern.compile("(?is)\\bfor\\s+update(?:\\s+of\\s+\\w+)?\\s+skip\\s+locked\\b");
    private static final Pattern JOINED = Pattern.compile("\\s*\\+(?:([^;(){}\"]*)\\+)?\\s*");
    private static final Pattern CREATE_TABLE = Pattern.compile("(?is)\\bcreate\\s+table\\s+(\\w+)\\s*\\((.*?)\\)\\s*;");
    private static final Pattern ADD_ORGANIZATION = Pattern.compile(
            "(?i)\\balter\\s+table\\s+(\\w+)\\s+add\\s+column\\s+organization_id\\b");

    /** A statement, with the file and line where its first literal starts. */
    public record Statement(Path file, int line, String sql) {

        @Override
        public String toString() {
            return file + ":" + line + ": " + sql.strip().replaceAll("\\s+", " ");
        }
    }

    private record Literal(int start, int end, String text) {
    }

    private NativeStatements() {
    }

    /** The statements in every Java file under these source roots. */
    public static List<Statement> in(List<Path> sourceRoots) {
        List<Statement> statements = new ArrayList<>();
        for (Path root : sourceRoots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    statements.addAll(in(file, Files.readString(file)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return statements;
    }

    /** The statements in one source: string literals and text blocks, joined where they are concatenated. */
    public static List<Statement> in(Path file, String source) {
        List<Literal> literals = literals(source);
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < literals.size(); i++) {
            Literal first = literals.get(i);
            StringBuilder sql = new StringBuilder(first.text());
            while (i + 1 < literals.size()) {
                Matcher between = JOINED.matcher(source.substring(literals.get(i).end(), literals.get(i + 1).start()));
                if (!between.matches()) {
                    break;
                }
                sql.append(between.group(1) != null ? EXPRESSION : "").append(literals.get(++i).text());
            }
            if (SQL.matcher(sql).matches()) {
                int line = (int) source.substring(0, first.start()).chars().filter(c -> c == '\n').count() + 1;
                statements.add(new Statement(file, line, sql.toString()));
            }
        }
        return statements;
    }

    /** Tables whose migrations give them an {@code organization_id} column. */
    public static Set<String> tenantTables(Path migrations) {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(migrations)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                String sql = Files.readString(file).replaceAll("--[^\n]*", "");
                Matcher create = CREATE_TABLE.matcher(sql);
                while (create.find()) {
                    if (ORGANIZATION.matcher(create.group(2)).find()) {
                        tables.add(create.group(1));
                    }
                }
                Matcher added = ADD_ORGANIZATION.matcher(sql);
                while (added.find()) {
                    tables.add(added.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    /** Whether the statement keeps to one organisation's rows of these tenant tables, or says it spans them. */
    public static boolean keepsToItsOrganisation(Statement statement, Set<String> tenantTables) {
        String sql = statement.sql().replaceAll("(?s)/\\*.*?\\*/|--[^\n]*", " "); // a comment hides no table
        Matcher table = TABLE.matcher(sql);
        boolean onTenantTable = false;
        while (table.find() && !onTenantTable) {
            onTenantTable = EXPRESSION.equals(table.group(1)) || tenantTables.contains(table.group(1));
        }
        if (!onTenantTable || COMPARES_ORGANIZATION.matcher(sql).find() || CLAIM.matcher(sql).find()
                || statement.sql().contains(DECLARATION)) {
            return true;
        }
        Matcher insert = INSERT_COLUMNS.matcher(sql);
        return insert.find() && ORGANIZATION.matcher(insert.group(1)).find();
    }

    /** String literals and text blocks, outside comments and character literals. */
    private static List<Literal> literals(String source) {
        List<Literal> literals = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("//", i)) {
                i = endOf(source, "\n", i + 2);
            } else if (source.startsWith("/*", i)) {
                i = endOf(source, "*/", i + 2);
            } else if (source.charAt(i) == '\'') {
                i = source.charAt(i + 1) == '\\' ? endOf(source, "'", i + 3) : i + 3;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = closing(source, "\"\"\"", i + 3);
                literals.add(new Literal(i, end + 3, source.substring(i + 3, end)));
                i = end + 3;
            } else if (source.charAt(i) == '"') {
                int end = closing(source, "\"", i + 1);
                literals.add(new Literal(i, end + 1, source.substring(i + 1, end)));
                i = end + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static int endOf(String source, String end, int from) {
        int at = source.indexOf(end, from);
        return at < 0 ? source.length() : at + end.length();
    }

    /** The next unescaped closing quote. */
    private static int closing(String source, String quote, int from) {
        int i = from;
        while (!source.startsWith(quote, i)) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return i;
    }
}
