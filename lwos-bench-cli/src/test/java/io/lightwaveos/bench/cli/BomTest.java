package io.lightwaveos.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * lwos-bench-bom manages every published module: it inherits the parent's dependencyManagement,
 * which must name each jar module of the build (benchmarks excepted) at the build's version.
 */
class BomTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void theBomManagesEveryPublishedModuleAtTheBuildsVersion() throws Exception {
        Document root = parse(ROOT.resolve("pom.xml"));
        List<String> published = new ArrayList<>();
        for (String module : texts(root.getDocumentElement(), "module")) {
            Document pom = parse(ROOT.resolve(module).resolve("pom.xml"));
            List<String> packaging = texts(pom.getDocumentElement(), "packaging");
            String artifact = child(pom.getDocumentElement(), "artifactId");
            if ((packaging.isEmpty() || packaging.get(0).equals("jar")) && !artifact.equals("lwos-bench-jmh")) {
                published.add(artifact);
            }
        }
        assertThat(published).contains("lwos-bench-core", "lwos-bench-simulator", "lwos-bench-collector");

        List<String> managed = new ArrayList<>();
        NodeList deps = ((Element) root.getElementsByTagName("dependencyManagement").item(0))
                .getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            if (child(d, "groupId").equals("io.lightwaveos")) {
                assertThat(child(d, "version")).isEqualTo("${project.version}");
                managed.add(child(d, "artifactId"));
            }
        }
        assertThat(managed).containsAll(published);

        Document bom = parse(ROOT.resolve("lwos-bench-bom/pom.xml"));
        assertThat(child(bom.getDocumentElement(), "packaging")).isEqualTo("pom");
        Element parent = (Element) bom.getElementsByTagName("parent").item(0);
        assertThat(child(parent, "artifactId")).isEqualTo("lwos-bench-parent");
        assertThat(bom.getElementsByTagName("dependencyManagement").getLength())
                .as("the BOM adds nothing of its own: one list, the parent's").isZero();
    }

    private static Document parse(Path pom) throws Exception {
        assertThat(pom).exists();
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Files.newInputStream(pom));
    }

    private static List<String> texts(Element e, String tag) {
        List<String> out = new ArrayList<>();
        NodeList list = e.getElementsByTagName(tag);
        for (int i = 0; i < list.getLength(); i++) {
            if (list.item(i).getParentNode().getParentNode() == e || list.item(i).getParentNode() == e) {
                out.add(list.item(i).getTextContent().trim());
            }
        }
        return out;
    }

    private static String child(Element e, String tag) {
        NodeList list = e.getChildNodes();
        for (int i = 0; i < list.getLength(); i++) {
            if (list.item(i) instanceof Element c && c.getTagName().equals(tag)) {
                return c.getTextContent().trim();
            }
        }
        return "";
    }
}
