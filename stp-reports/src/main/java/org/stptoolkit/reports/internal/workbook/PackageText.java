package org.stptoolkit.reports.internal.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.ContentTypes;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.opc.internal.MemoryPackagePart;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * The entries of a workbook the toolkit made in memory ({@link MemoryWorkbook}), as POI's package writer
 * writes them, without it: each part's content as the part commits it, and the package's own parts (the
 * content types, the relationships and the core properties) written here as text. POI builds those three as
 * DOM documents and saves each with the JDK's XML transformer, whose first use in a JVM was a tenth of a cold
 * {@code stp template}'s main thread.
 *
 * <p>Safe by construction, as {@link FormulaInterpreter} is: only a package this class knows to the byte is
 * written here (every part an {@code .xml} part held in memory, every part name, relationship id, type and
 * target made of characters the transformer writes as they are, and core properties whose texts hold only
 * characters whose escaping is known); for any other {@link #entries} answers null and POI writes the package,
 * as before. {@code PackageTextTest} holds the entries to POI's, byte for byte.
 */
final class PackageText {

  private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
  private static final String TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
  private static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String CORE_START = "<cp:coreProperties"
      + " xmlns:cp=\"" + PackagePropertiesPart.NAMESPACE_CP_URI + "\""
      + " xmlns:dc=\"" + PackagePropertiesPart.NAMESPACE_DC_URI + "\""
      + " xmlns:dcterms=\"" + PackagePropertiesPart.NAMESPACE_DCTERMS_URI + "\""
      + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"";
  private static final String W3CDTF = " xsi:type=\"dcterms:W3CDTF\"";

  /** Thrown (and caught here) when the package holds something this class does not know to the byte. */
  private static final class Unknown extends Exception {
    private static final long serialVersionUID = 1L;

    Unknown() {
      super(null, null, false, false);
    }
  }

  private PackageText() {}

  /**
   * The package's entries by zip name, as POI's package writer writes them, once every part is committed;
   * or null when {@code document} is not a workbook the toolkit made in memory, or its package holds
   * something this class does not know to the byte (POI then writes it; the parts are committed again, to
   * the same content).
   */
  static Map<String, byte[]> entries(POIXMLDocument document) throws IOException {
    if (!(document instanceof MemoryWorkbook)) {
      return null;
    }
    ((MemoryWorkbook) document).commitParts();
    try {
      return entries(document.getPackage());
    } catch (Unknown | InvalidFormatException e) {
      return null;
    }
  }

  private static Map<String, byte[]> entries(OPCPackage pkg) throws IOException, Unknown, InvalidFormatException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    TreeMap<PackagePartName, String> overrides = new TreeMap<>();
    List<String[]> packageRelationships = relationships(pkg.getRelationships(), PackagingURIHelper.PACKAGE_ROOT_URI);
    if (pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_PROPERTIES).isEmpty()
        && pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_PROPERTIES_ECMA376).isEmpty()) {
      // POI adds the core properties part, its relationship (with the next free id) and its content type as
      // it saves the package
      PackagePropertiesPart core = (PackagePropertiesPart) pkg.getPackageProperties();
      PackagePartName name = core.getPartName();
      String[] added = {nextId(pkg.getRelationships()), PackageRelationshipTypes.CORE_PROPERTIES,
          target(PackagingURIHelper.PACKAGE_ROOT_URI, name.getURI())};
      packageRelationships.add(added);
      packageRelationships.sort((a, b) -> a[0].compareTo(b[0])); // POI keeps them by id
      overrides.put(name, ContentTypes.CORE_PROPERTIES_PART);
      out.put(zipName(name), core(core));
    }
    out.put(zipName(PackagingURIHelper.PACKAGE_RELATIONSHIPS_ROOT_PART_NAME), relationshipsXml(packageRelationships));
    for (PackagePart part : pkg.getParts()) {
      if (part.isRelationshipPart()) {
        continue;
      }
      PackagePartName name = part.getPartName();
      String type = part.getContentType();
      if (!name.getExtension().equals("xml") || type.equals(ContentTypes.RELATIONSHIPS_PART)) {
        throw new Unknown(); // another extension adds a default content type of its own
      }
      if (!type.equals(ContentTypes.PLAIN_OLD_XML)) {
        overrides.put(name, type);
      }
      if (part instanceof PackagePropertiesPart) {
        out.put(zipName(name), core((PackagePropertiesPart) part));
      } else if (part instanceof MemoryPackagePart) {
        if (part.getSize() == 0 && name.getName().equals(XSSFRelation.SHARED_STRINGS.getDefaultFileName())) {
          continue; // POI leaves an empty shared-strings part out (its content type stays)
        }
        try (InputStream in = part.getInputStream()) {
          out.put(zipName(name), in.readAllBytes());
        }
      } else {
        throw new Unknown();
      }
      if (part.hasRelationships()) {
        out.put(zipName(PackagingURIHelper.getRelationshipPartName(name)),
            relationshipsXml(relationships(part.getRelationships(), name.getURI())));
      }
    }
    out.put("[Content_Types].xml", contentTypes(overrides));
    return out;
  }

  /** The id POI gives the next relationship it adds to {@code rels}, when their ids are rId1 to rIdN. */
  private static String nextId(PackageRelationshipCollection rels) throws Unknown {
    int n = rels.size();
    for (int i = 1; i <= n; i++) {
      if (rels.getRelationshipByID("rId" + i) == null) {
        throw new Unknown();
      }
    }
    return "rId" + (n + 1);
  }

  /** Each relationship's id, type and target as POI writes them, in POI's order (by id). */
  private static List<String[]> relationships(PackageRelationshipCollection rels, URI source) throws Unknown {
    List<String[]> out = new ArrayList<>();
    for (PackageRelationship rel : rels) {
      if (rel.getTargetMode() == TargetMode.EXTERNAL
          || PackageRelationshipTypes.HYPERLINK_PART.equals(rel.getRelationshipType())) {
        throw new Unknown();
      }
      out.add(new String[] {rel.getId(), rel.getRelationshipType(), target(source, rel.getTargetURI())});
    }
    return out;
  }

  private static String target(URI source, URI target) throws Unknown {
    return plain(PackagingURIHelper.relativizeURI(source, target, true).toString());
  }

  private static byte[] relationshipsXml(List<String[]> rels) throws Unknown {
    StringBuilder sb = new StringBuilder(DECLARATION).append("<Relationships xmlns=\"").append(RELATIONSHIPS_NS);
    if (rels.isEmpty()) {
      return utf8(sb.append("\"/>"));
    }
    sb.append("\">");
    for (String[] rel : rels) {
      // the transformer writes attributes in the order of their names
      sb.append("<Relationship Id=\"").append(plain(rel[0])).append("\" Target=\"").append(rel[2])
          .append("\" Type=\"").append(plain(rel[1])).append("\"/>");
    }
    return utf8(sb.append("</Relationships>"));
  }

  private static byte[] contentTypes(TreeMap<PackagePartName, String> overrides) throws Unknown {
    StringBuilder sb = new StringBuilder(DECLARATION).append("<Types xmlns=\"").append(TYPES_NS).append("\">")
        .append("<Default ContentType=\"").append(ContentTypes.RELATIONSHIPS_PART).append("\" Extension=\"rels\"/>")
        .append("<Default ContentType=\"").append(ContentTypes.PLAIN_OLD_XML).append("\" Extension=\"xml\"/>");
    for (Map.Entry<PackagePartName, String> e : overrides.entrySet()) {
      sb.append("<Override ContentType=\"").append(plain(e.getValue())).append("\" PartName=\"")
          .append(plain(e.getKey().getName())).append("\"/>");
    }
    return utf8(sb.append("</Types>"));
  }

  private static byte[] core(PackagePropertiesPart p) throws Unknown {
    StringBuilder sb = new StringBuilder();
    element(sb, "cp:category", p.getCategoryProperty(), null, false);
    element(sb, "cp:contentStatus", p.getContentStatusProperty(), null, false);
    element(sb, "cp:contentType", p.getContentTypeProperty(), null, false);
    element(sb, "dcterms:created", p.getCreatedProperty(), p.getCreatedPropertyString(), true);
    element(sb, "dc:creator", p.getCreatorProperty(), null, false);
    element(sb, "dc:description", p.getDescriptionProperty(), null, false);
    element(sb, "dc:identifier", p.getIdentifierProperty(), null, false);
    element(sb, "cp:keywords", p.getKeywordsProperty(), null, false);
    element(sb, "dc:language", p.getLanguageProperty(), null, false);
    element(sb, "cp:lastModifiedBy", p.getLastModifiedByProperty(), null, false);
    element(sb, "cp:lastPrinted", p.getLastPrintedProperty(), p.getLastPrintedPropertyString(), false);
    element(sb, "dcterms:modified", p.getModifiedProperty(), p.getModifiedPropertyString(), true);
    element(sb, "cp:revision", p.getRevisionProperty(), null, false);
    element(sb, "dc:subject", p.getSubjectProperty(), null, false);
    element(sb, "dc:title", p.getTitleProperty(), null, false);
    element(sb, "cp:version", p.getVersionProperty(), null, false);
    StringBuilder doc = new StringBuilder(DECLARATION).append(CORE_START);
    if (sb.length() == 0) {
      return utf8(doc.append("/>"));
    }
    return utf8(doc.append('>').append(sb).append("</cp:coreProperties>"));
  }

  /** One core property, as POI's marshaller adds it when present. */
  private static void element(StringBuilder sb, String name, Optional<?> property, String asText, boolean w3cdtf)
      throws Unknown {
    if (property.isEmpty()) {
      return;
    }
    String text = asText != null ? asText : (String) property.get();
    sb.append('<').append(name);
    if (w3cdtf) {
      sb.append(W3CDTF);
    }
    if (text == null || text.isEmpty()) {
      sb.append("/>");
      return;
    }
    sb.append('>');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '&') {
        sb.append("&amp;");
      } else if (c == '<') {
        sb.append("&lt;");
      } else if (c == '>') {
        sb.append("&gt;");
      } else if ((c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c < 0x2028) || (c > 0x2029 && c < 0xD800)
          || (c >= 0xE000 && c <= 0xFFFD)) {
        sb.append(c);
      } else {
        throw new Unknown(); // a control or line-breaking character, a surrogate: left to POI
      }
    }
    sb.append("</").append(name).append('>');
  }

  /** {@code s} when the transformer writes it as it is in an attribute (printable ASCII, no markup). */
  private static String plain(String s) throws Unknown {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c >= 0x7F || c == '&' || c == '<' || c == '>' || c == '"') {
        throw new Unknown();
      }
    }
    return s;
  }

  private static String zipName(PackagePartName name) throws Unknown {
    return plain(name.getURI().getPath().substring(1));
  }

  private static byte[] utf8(StringBuilder sb) {
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }
}
