package org.gatewaydoctor.probes.statuspage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.gatewaydoctor.facts.statuspage.StatusIncident;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads an RSS 2.0 or Atom feed of incidents, the fallback when a page has no JSON API. A feed
 * does not say whether an incident is resolved, so only entries from the last {@link #RECENT} are
 * recorded, as incidents with no status; the rules treat them as weak evidence.
 */
final class FeedParser {

  /** How old a feed entry may be and still be recorded: 24 hours. */
  static final Duration RECENT = Duration.ofHours(24);

  /** The most entries recorded: {@value}. */
  static final int MAX_ENTRIES = 10;

  private FeedParser() {}

  /** The recent entries; {@code IllegalArgumentException} with a one-line reason for anything else. */
  static List<StatusIncident> recentEntries(byte[] xml, Instant now) {
    Document doc = parse(xml);
    Element root = doc.getDocumentElement();
    boolean atom = root.getLocalName() != null && root.getLocalName().equals("feed");
    boolean rss = root.getTagName().equals("rss") || root.getTagName().equals("rdf:RDF");
    if (!atom && !rss) {
      throw new IllegalArgumentException("not an RSS or Atom feed: the root element is <" + root.getTagName() + ">");
    }
    NodeList items = atom ? root.getElementsByTagNameNS("*", "entry") : root.getElementsByTagName("item");
    List<StatusIncident> out = new ArrayList<>();
    for (int i = 0; i < items.getLength() && out.size() < MAX_ENTRIES; i++) {
      Element item = (Element) items.item(i);
      String title = child(item, "title");
      String date = atom ? first(child(item, "updated"), child(item, "published")) : child(item, "pubDate");
      Instant at = instant(date);
      if (at == null || Duration.between(at, now).compareTo(RECENT) > 0) {
        continue;
      }
      String link = atom ? atomLink(item) : child(item, "link");
      out.add(new StatusIncident(first(child(item, atom ? "id" : "guid"), link), title == null ? "(untitled)" : title,
          "incident", null, null, at.toString(), null, List.of(), link));
    }
    return out;
  }

  private static Document parse(byte[] xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      // No DTDs, no external entities: a feed is untrusted input (OWASP XXE prevention).
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      return b.parse(new ByteArrayInputStream(xml));
    } catch (SAXParseException e) {
      throw new IllegalArgumentException("not well-formed XML at line " + e.getLineNumber() + ", column "
          + e.getColumnNumber() + ": " + e.getMessage());
    } catch (SAXException | IOException | ParserConfigurationException e) {
      throw new IllegalArgumentException("not readable as XML: " + e.getMessage());
    }
  }

  private static String child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && (name.equals(e.getLocalName()) || name.equals(e.getTagName()))) {
        String t = e.getTextContent();
        return t == null || t.isBlank() ? null : t.trim();
      }
    }
    return null;
  }

  private static String atomLink(Element entry) {
    for (Node n = entry.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && "link".equals(e.getLocalName()) && !e.getAttribute("href").isEmpty()) {
        return e.getAttribute("href");
      }
    }
    return null;
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }

  private static Instant instant(String date) {
    if (date == null) {
      return null;
    }
    try {
      return ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(date).toInstant();
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }
}
