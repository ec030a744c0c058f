package io.demarche.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The shared test vectors in clients/testdata, written by demarche's Rust code: every binary
 * decodes to the message its JSON describes and re-encodes to the same bytes.
 */
class VectorsTest {
  private static final Path DIR = Path.of(System.getenv("DEMARCHE_CLIENTS_TESTDATA"));

  @TestFactory
  List<DynamicTest> vectors() throws Exception {
    JsonArray list = JsonParser.parseString(read("vectors.json")).getAsJsonArray();
    assertTrue(list.size() > 10, "vectors.json lists " + list.size());
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonElement v : list) {
      String name = v.getAsJsonObject().get("name").getAsString();
      String type = v.getAsJsonObject().get("type").getAsString();
      tests.add(DynamicTest.dynamicTest(name, () -> check(name, type)));
    }
    return tests;
  }

  private static void check(String name, String type) throws Exception {
    byte[] binary = Files.readAllBytes(DIR.resolve(name + ".binpb"));
    String json = read(name + ".json");
    Message prototype = DemarcheConsumer.defaultInstance(type);

    Message decoded = prototype.getParserForType().parseFrom(binary);
    Message.Builder fromJson = prototype.newBuilderForType();
    JsonFormat.parser().merge(json, fromJson);
    assertEquals(fromJson.build(), decoded);
    String printed = JsonFormat.printer().print(decoded);
    assertEquals(JsonParser.parseString(json), JsonParser.parseString(printed));
    assertArrayEquals(binary, decoded.toByteArray());
  }

  private static String read(String file) throws Exception {
    return Files.readString(DIR.resolve(file), StandardCharsets.UTF_8);
  }
}
