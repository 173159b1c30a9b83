package org.gatewaydoctor.rules.catalog;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A build step, not a user command (rules/pom.xml runs it after compiling, issue 15): reads the
 * built-in catalogue from its YAML files through {@link CatalogLoader#load} (so the build fails with
 * the loader's own message when a file is wrong) and writes Java source that constructs the same
 * records directly, {@value #CLASS}, with the built-in service profiles. Starting a process then costs no YAML parsing, Jackson binding
 * or validation (they took a quarter of the CLI's start-up). The YAML stays the only source
 * authors edit: the class is a build output, written anew on every build, and
 * {@link CatalogLoader#builtIn} uses it only while the YAML resources are those it was made from.
 */
public final class CatalogSourceWriter {

  /** The simple name of the generated class, in this package. */
  static final String CLASS = "PrebuiltCatalog";

  /** An expression longer than this gets a method of its own: javac refuses methods over 64 KB of code. */
  private static final int INLINE_LIMIT = 2_000;

  private final List<String> methods = new ArrayList<>();

  /** Writes the generated class under the source root {@code args[0]}. */
  public static void main(String[] args) throws IOException, CatalogException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: CatalogSourceWriter SOURCE-ROOT, got " + List.of(args));
    }
    // Loaded and checked before anything is written: a bad file leaves no half-made output behind.
    String source = new CatalogSourceWriter().source(new CatalogLoader().load(null), CatalogLoader.digest());
    Path file = Path.of(args[0]).resolve(CatalogSourceWriter.class.getPackageName().replace('.', '/'))
        .resolve(CLASS + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source, StandardCharsets.UTF_8);
  }

  /** The source of a class whose {@code get()} constructs {@code catalog}. */
  String source(Catalog catalog, String digest) {
    // The built-in service profiles (facts' services.yaml) are written too: the generated catalogue
    // then needs no YAML at all. A configuration's profiles replace them later (Catalog#withServices).
    StringBuilder ctor = new StringBuilder("new Catalog(");
    RecordComponent[] parts = Catalog.class.getRecordComponents();
    for (int i = 0; i < parts.length; i++) {
      ctor.append(i == 0 ? "" : ", ").append(method(expression(read(parts[i], catalog))));
    }
    ctor.append(')');
    StringBuilder out = new StringBuilder();
    out.append("package ").append(CatalogSourceWriter.class.getPackageName()).append(";\n\n")
        .append("/** Generated at build time by CatalogSourceWriter from catalog/*.yaml; do not edit. */\n")
        .append("@javax.annotation.processing.Generated(\"").append(CatalogSourceWriter.class.getName()).append("\")\n")
        .append("@SuppressWarnings({\"unchecked\", \"rawtypes\", \"varargs\"})\n")
        .append("final class ").append(CLASS).append(" implements java.util.function.Supplier<Catalog> {\n\n")
        .append("  /** The digest of the YAML resources this class was generated from. */\n")
        .append("  static final String DIGEST = ").append(literal(digest)).append(";\n\n")
        .append("  @Override\n  public Catalog get() {\n")
        .append("    return ").append(ctor).append(";\n  }\n");
    methods.forEach(m -> out.append('\n').append(m));
    out.append("""

          @SafeVarargs
          private static <T> java.util.List<T> list(T... items) {
            return java.util.Arrays.asList(items);
          }

          private static java.util.Map map(Object... keysAndValues) {
            java.util.Map map = new java.util.LinkedHashMap<>();
            for (int i = 0; i < keysAndValues.length; i += 2) {
              map.put(keysAndValues[i], keysAndValues[i + 1]);
            }
            return map;
          }
        }
        """);
    return out.toString();
  }

  /** The call of a new method returning {@code expression} (raw type: records' constructors check the contents). */
  private String method(String expression) {
    String name = "part" + methods.size();
    methods.add("  private static Object " + name + "Value() {\n    return " + expression + ";\n  }\n");
    return "(" + "(" + typeOf(expression) + ") " + name + "Value())";
  }

  private static String typeOf(String expression) {
    if (expression.startsWith("list(")) {
      return "java.util.List";
    }
    if (expression.startsWith("map(")) {
      return "java.util.Map";
    }
    return expression.substring(4, expression.indexOf('(')); // "new Type(...)"
  }

  /** A Java expression that constructs {@code value}. */
  private String expression(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String s) {
      return literal(s);
    }
    if (value instanceof Boolean || value instanceof Integer) {
      return value.toString();
    }
    if (value instanceof Long l) {
      return l + "L";
    }
    if (value instanceof Double d) {
      // Double.toString gives the shortest text that reads back as exactly this double.
      return d.isNaN() || d.isInfinite() ? "Double.longBitsToDouble(" + Double.doubleToRawLongBits(d) + "L)"
          : d.toString() + "d";
    }
    if (value instanceof Enum<?> e) {
      return e.getDeclaringClass().getCanonicalName() + "." + e.name();
    }
    if (value instanceof Pattern p) {
      return "java.util.regex.Pattern.compile(" + literal(p.pattern()) + ", " + p.flags() + ")";
    }
    if (value instanceof List<?> list) {
      return call("list(", list.stream().map(this::expression).toList());
    }
    if (value instanceof Map<?, ?> map) {
      List<String> args = new ArrayList<>();
      map.forEach((k, v) -> {
        args.add(expression(k));
        args.add(expression(v));
      });
      return call("map(", args);
    }
    if (value instanceof FingerprintSignal g) {
      // A class, not a record (it holds its compiled pattern): its constructor compiles the pattern again.
      return call("new FingerprintSignal(", List.of(expression(g.product()), expression(g.where()),
          expression(g.header()), expression(g.pattern()), expression(g.generated()), expression(g.weight()),
          expression(g.means()), expression(g.unique()), expression(g.example())));
    }
    if (value instanceof Record r) {
      List<String> args = new ArrayList<>();
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        args.add(expression(read(c, r)));
      }
      return call("new " + r.getClass().getCanonicalName() + "(", args);
    }
    throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as Java: " + value);
  }

  /** {@code open} + the arguments + ")", in a method of its own when long. */
  private String call(String open, List<String> args) {
    String expression = open + String.join(", ", args) + ")";
    return expression.length() > INLINE_LIMIT && !open.equals("map(") && !open.equals("list(")
        ? method(expression) : expression;
  }

  private static Object read(RecordComponent component, Record from) {
    try {
      return component.getAccessor().invoke(from);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component + " of " + from.getClass().getName(), e);
    }
  }

  /** A Java string literal of {@code s}; never a unicode escape of a line break, which javac reads as one. */
  static String literal(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\%03o", (int) c));
          } else if (c > 0x7e) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
