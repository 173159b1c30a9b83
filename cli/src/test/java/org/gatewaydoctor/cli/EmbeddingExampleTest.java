package org.gatewaydoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/embedding.md's example is real: the Java block is taken from the document, compiled against
 * the libraries and run against a server on 127.0.0.1 (under the loopback-only egress policy the
 * build sets), and must print the verdict.
 */
@Timeout(120)
class EmbeddingExampleTest {

  private static final Path DOC = Path.of("../docs/embedding.md");

  /** The first ```java block of the document. */
  static String example() throws IOException {
    Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(DOC));
    assertThat(m.find()).as("a ```java block in %s", DOC).isTrue();
    return m.group(1);
  }

  @Test
  void theExampleIsAboutTwentyLines() throws IOException {
    long code = example().lines().filter(l -> !l.isBlank() && !l.startsWith("import ")).count();
    assertThat(code).isBetween(10L, 24L);
  }

  @Test
  void theDocumentedExampleCompilesAndDiagnosesALoopbackServer(@TempDir Path dir) throws Exception {
    Path source = dir.resolve("CheckAndDiagnose.java");
    Files.writeString(source, example());
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int rc = javac.run(null, null, errors, "-d", dir.toString(), "-classpath", System.getProperty("java.class.path"),
        "-Xlint:none", source.toString());
    assertThat(rc).as("javac: %s", errors.toString(StandardCharsets.UTF_8)).isZero();

    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
    server.createContext("/", ex -> {
      byte[] body = "<html><body>fine</body></html>".getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    PrintStream stdout = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
        EmbeddingExampleTest.class.getClassLoader())) {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      loader.loadClass("CheckAndDiagnose").getMethod("main", String[].class)
          .invoke(null, (Object) new String[] {"http://127.0.0.1:" + server.getAddress().getPort() + "/"});
    } finally {
      System.setOut(stdout);
      server.stop(0);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("NONE: ");
  }
}
