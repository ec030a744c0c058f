package io.demarche.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.demarche.v1.ArticleEntities;
import io.demarche.v1.DiplomaticEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Live: consumes what the demarche workers wrote to the test broker (set up by
 * clients/test.sh) and checks every expected event arrives exactly once, typed by header.
 */
class LiveTest {
  @Test
  void eventsAndEntitiesArriveOnceEachDecodedByTheirHeader() throws Exception {
    Assumptions.assumeTrue(
        "1".equals(System.getenv("DEMARCHE_CLIENTS_LIVE")),
        "run by clients/test.sh (DEMARCHE_CLIENTS_LIVE=1)");
    Map<String, JsonObject> expected = new HashMap<>();
    for (JsonObject e : jsonLines(System.getenv("DEMARCHE_CLIENTS_EXPECTED"))) {
      expected.put(e.get("event_id").getAsString(), e);
    }
    List<String> articles = new ArrayList<>();
    for (JsonObject a : jsonLines(System.getenv("DEMARCHE_CLIENTS_ARTICLES"))) {
      articles.add(a.get("id").getAsString());
    }
    List<DiplomaticEvent> events = new ArrayList<>();
    List<String> entities = new ArrayList<>();
    String group = "java-live-" + System.nanoTime();
    List<String> topics =
        List.of(
            System.getenv("DEMARCHE_CLIENTS_EVENTS_TOPIC"),
            System.getenv("DEMARCHE_CLIENTS_ENTITIES_TOPIC"));
    try (DemarcheConsumer consumer =
        new DemarcheConsumer(
            System.getenv("DEMARCHE_TEST_BOOTSTRAP"), group, topics, new Properties())) {
      long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      long quietUntil = 0;
      while (System.nanoTime() < (quietUntil != 0 ? quietUntil : deadline)) {
        for (DemarcheConsumer.TypedRecord r : consumer.poll(Duration.ofMillis(500))) {
          assertNull(r.error(), r.topic() + "@" + r.offset());
          if (r.message() instanceof DiplomaticEvent e) {
            events.add(e);
          } else if (r.message() instanceof ArticleEntities a) {
            entities.add(a.getArticle().getId());
          } else {
            fail("unexpected " + r.message().getClass());
          }
        }
        if (quietUntil == 0 && events.size() >= expected.size() && entities.size() >= articles.size()) {
          quietUntil = System.nanoTime() + Duration.ofSeconds(2).toNanos(); // catch duplicates
        }
      }
    }
    List<String> got = new ArrayList<>(events.stream().map(DiplomaticEvent::getEventId).toList());
    List<String> want = new ArrayList<>(expected.keySet());
    got.sort(null);
    want.sort(null);
    assertEquals(want, got, "every expected event exactly once");
    entities.sort(null);
    articles.sort(null);
    assertEquals(articles, entities);
    for (DiplomaticEvent e : events) {
      JsonObject w = expected.get(e.getEventId());
      String target = w.has("target") ? w.getAsJsonObject("target").get("code").getAsString() : "";
      assertEquals(w.get("cameo_code").getAsString(), e.getCameoCode());
      assertEquals(w.getAsJsonObject("source").get("code").getAsString(), e.getSource().getCode());
      assertEquals(target, e.getTarget().getCode());
      assertEquals(w.get("evidence_text").getAsString(), e.getEvidenceText());
      assertEquals(w.get("quad_class").getAsString(), e.getQuadClass().name());
    }
  }

  private static List<JsonObject> jsonLines(String path) throws Exception {
    List<JsonObject> out = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(path))) {
      if (!line.isBlank()) {
        out.add(JsonParser.parseString(line).getAsJsonObject());
      }
    }
    return out;
  }
}
