package org.stptoolkit.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What a Java team gets from the library poms: no command-line parser and no logging binding passed on
 * to it (they are optional or test-only), while the runnable jar the launchers use keeps them.
 */
class LibraryPomTest {
  private static final Path ROOT = Path.of("..");
  private static final List<String> LIBRARIES = List.of("stp-model", "stp-finance", "stp-metrics", "stp-reports");
  /** The command line's parser and the logging bindings and bridges a library must not choose for its host. */
  private static final Set<String> CLI_ONLY = Set.of(
      "info.picocli:picocli",
      "org.slf4j:slf4j-nop", "org.slf4j:slf4j-simple", "org.slf4j:slf4j-reload4j", "org.slf4j:slf4j-jdk14",
      "ch.qos.logback:logback-classic",
      "org.apache.logging.log4j:log4j-to-slf4j", "org.apache.logging.log4j:log4j-slf4j2-impl",
      "org.apache.logging.log4j:log4j-core");

  private static Document pom(Path file) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(file.toFile());
  }

  private static String child(Element e, String name) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && c.getTagName().equals(name)) {
        return c.getTextContent().strip();
      }
    }
    return "";
  }

  /** The module's own dependencies (not those of dependencyManagement or of plugins). */
  private static List<Element> dependencies(Document pom) {
    List<Element> out = new ArrayList<>();
    NodeList all = pom.getElementsByTagName("dependency");
    for (int i = 0; i < all.getLength(); i++) {
      Element d = (Element) all.item(i);
      Node parent = d.getParentNode();
      if (parent.getParentNode() == pom.getDocumentElement()) {
        out.add(d);
      }
    }
    return out;
  }

  @Test
  void libraryPomsPassOnNoCommandLineParserAndNoLoggingBinding() throws Exception {
    List<String> passedOn = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (String module : LIBRARIES) {
      for (Element d : dependencies(pom(ROOT.resolve(module).resolve("pom.xml")))) {
        String ga = child(d, "groupId") + ":" + child(d, "artifactId");
        if (!CLI_ONLY.contains(ga)) {
          continue;
        }
        seen.add(module + " " + ga);
        boolean optional = child(d, "optional").equals("true");
        boolean testOnly = child(d, "scope").equals("test");
        if (!optional && !testOnly) {
          passedOn.add(module + " passes " + ga + " on to its users");
        }
      }
    }
    assertThat(passedOn).isEmpty();
    assertThat(seen).as("the command line still declares what it runs with")
        .contains("stp-reports info.picocli:picocli", "stp-reports org.slf4j:slf4j-nop",
            "stp-reports org.apache.logging.log4j:log4j-to-slf4j");
  }

  @Test
  void commandLineJarIsWrittenWhereTheLaunchersLookAndAttachedAsClassifierCli() throws Exception {
    Document reports = pom(ROOT.resolve("stp-reports").resolve("pom.xml"));
    NodeList outputs = reports.getElementsByTagName("outputFile");
    assertThat(outputs.getLength()).isEqualTo(1);
    assertThat(outputs.item(0).getTextContent().strip()).isEqualTo("${project.build.directory}/stp.jar");
    NodeList artifacts = reports.getElementsByTagName("artifact");
    List<String> attached = new ArrayList<>();
    for (int i = 0; i < artifacts.getLength(); i++) {
      Element a = (Element) artifacts.item(i);
      if (!child(a, "file").isEmpty()) {   // not a shade filter's artifact pattern
        attached.add(child(a, "file") + " as " + child(a, "classifier"));
      }
    }
    assertThat(attached).containsExactly("${project.build.directory}/stp.jar as cli");
    assertThat(Files.readString(ROOT.resolve("stp"))).contains("stp-reports/target/stp.jar");
    assertThat(Files.readString(ROOT.resolve("stp.cmd"))).contains("stp-reports\\target\\stp.jar");
  }

  @Test
  void parentPomCarriesWhatAPublishedLibraryNeeds() throws Exception {
    Element parent = pom(ROOT.resolve("pom.xml")).getDocumentElement();
    for (String element : List.of("name", "description", "url", "licenses", "scm", "developers", "organization")) {
      assertThat(child(parent, element)).as(element).isNotBlank();
    }
    assertThat(child(parent, "licenses")).contains("Apache License, Version 2.0");
  }
}
