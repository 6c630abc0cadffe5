package app.switchboard.debugger;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The failing webhook's response body made readable: JSON and XML (TwiML) pretty-printed when they parse,
 * HTML and anything else shown as the text it is. Never throws.
 *
 * @param kind what the body turned out to be
 * @param text the text to show (pretty-printed when possible), never null
 */
public record ResponseBody(Kind kind, String text) {

    public enum Kind { EMPTY, JSON, XML, HTML, TEXT }

    /** Bodies larger than this are shown as they are: re-indenting megabytes is not worth the wait. */
    static final int PRETTY_PRINT_LIMIT = 2_000_000;

    /** @param contentType the response's Content-Type header, or null */
    public static ResponseBody of(String body, String contentType) {
        if (body == null || body.isBlank()) {
            return new ResponseBody(Kind.EMPTY, "");
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String head = body.stripLeading();
        String lowerHead = head.substring(0, Math.min(head.length(), 64)).toLowerCase(Locale.ROOT);
        if (type.contains("html") || lowerHead.startsWith("<!doctype html") || lowerHead.startsWith("<html")) {
            return new ResponseBody(Kind.HTML, body);
        }
        if (body.length() > PRETTY_PRINT_LIMIT) {
            return new ResponseBody(Kind.TEXT, body);
        }
        if (head.startsWith("{") || head.startsWith("[") || type.contains("json")) {
            String json = prettyJson(body);
            if (json != null) {
                return new ResponseBody(Kind.JSON, json);
            }
        }
        if (head.startsWith("<")) {
            String xml = prettyXml(body);
            if (xml != null) {
                return new ResponseBody(Kind.XML, xml);
            }
        }
        return new ResponseBody(Kind.TEXT, body);
    }

    private static String prettyJson(String body) {
        try {
            JsonElement tree = JsonParser.parseString(body);
            return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(tree);
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private static String prettyXml(String body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // A webhook's body is untrusted: no DTDs, no external entities.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            Document doc = builder.parse(new InputSource(new StringReader(body.strip())));
            removeBlankText(doc);
            TransformerFactory tf = TransformerFactory.newInstance();
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer t = tf.newTransformer();
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            boolean declared = body.stripLeading().startsWith("<?xml");
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, declared ? "no" : "yes");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString().strip().replaceFirst("\\?><", "?>\n<");
        } catch (Exception notXml) {
            return null;
        }
    }

    /** Whitespace between tags would otherwise be kept and doubled by the indenter. */
    private static void removeBlankText(Document doc) throws Exception {
        NodeList blanks = (NodeList) XPathFactory.newInstance().newXPath()
                .evaluate("//text()[normalize-space(.)='']", doc, XPathConstants.NODESET);
        for (int i = 0; i < blanks.getLength(); i++) {
            Node n = blanks.item(i);
            n.getParentNode().removeChild(n);
        }
    }
}
