package quire.testing;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads machine-readable reports back the way their consumers do: JSON through Jackson (strict:
 * duplicate names and trailing text fail), SARIF against the published SARIF 2.1.0 schema, JUnit
 * XML against the Jenkins JUnit schema. The schemas are in {@code src/test/resources/schemas/}
 * (where they come from is in its {@code PROVENANCE.md}). Thread-safe.
 */
public final class ReportSchemas {
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_LONG_FOR_INTS)
      .build();

  private ReportSchemas() {}

  /** JSON text as plain values: objects are maps in document order, arrays lists, integers longs. */
  public static Object parseJson(String text) {
    return JSON.readValue(text, Object.class);
  }

  /** What the SARIF 2.1.0 schema finds wrong with {@code text}; empty when it is valid. */
  public static List<String> sarifErrors(String text) {
    return Sarif.SCHEMA.validate(text, InputFormat.JSON).stream().map(Object::toString).toList();
  }

  /** The SARIF schema, read once, when first needed. */
  private static final class Sarif {
    static final Schema SCHEMA = load();

    private static Schema load() {
      try (InputStream in = resource("schemas/sarif-schema-2.1.0.json")) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in, InputFormat.JSON);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** What the JUnit XML schema finds wrong with {@code xml}; empty when it is valid. */
  public static List<String> junitErrors(String xml) {
    List<String> errors = new ArrayList<>();
    try (InputStream in = resource("schemas/jenkins-junit.xsd")) {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      Validator validator = factory.newSchema(new StreamSource(in)).newValidator();
      validator.setErrorHandler(new ErrorHandler() {
        @Override public void warning(SAXParseException e) {}
        @Override public void error(SAXParseException e) {
          errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }
        @Override public void fatalError(SAXParseException e) {
          errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }
      });
      validator.validate(new StreamSource(new StringReader(xml)));
    } catch (SAXException e) {
      if (errors.isEmpty()) errors.add(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return errors;
  }

  private static InputStream resource(String name) {
    InputStream in = ReportSchemas.class.getClassLoader().getResourceAsStream(name);
    if (in == null) throw new IllegalStateException("missing test resource " + name);
    return in;
  }
}
