package demarche

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"testing"
	"time"

	demarchev1 "github.com/demarche/demarche/clients/go/demarchev1"
)

// Live: consumes what the demarche workers wrote to the test broker (set up by
// clients/test.sh) and checks every expected event arrives exactly once, typed by header.
func TestLive(t *testing.T) {
	if os.Getenv("DEMARCHE_CLIENTS_LIVE") != "1" {
		t.Skip("run by clients/test.sh (DEMARCHE_CLIENTS_LIVE=1)")
	}
	expected := map[string]map[string]any{}
	for _, e := range jsonLines(t, os.Getenv("DEMARCHE_CLIENTS_EXPECTED")) {
		expected[e["event_id"].(string)] = e
	}
	var articles []string
	for _, a := range jsonLines(t, os.Getenv("DEMARCHE_CLIENTS_ARTICLES")) {
		articles = append(articles, a["id"].(string))
	}
	eventsTopic := os.Getenv("DEMARCHE_CLIENTS_EVENTS_TOPIC")
	entitiesTopic := os.Getenv("DEMARCHE_CLIENTS_ENTITIES_TOPIC")
	group := fmt.Sprintf("go-live-%d", time.Now().UnixNano())
	consumer, err := NewConsumer([]string{os.Getenv("DEMARCHE_TEST_BOOTSTRAP")}, group,
		[]string{eventsTopic, entitiesTopic})
	if err != nil {
		t.Fatal(err)
	}
	defer consumer.Close()

	var events []*demarchev1.DiplomaticEvent
	var entities []string
	deadline := time.Now().Add(120 * time.Second)
	var quietUntil time.Time
	for time.Now().Before(deadline) && (quietUntil.IsZero() || time.Now().Before(quietUntil)) {
		ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
		records, err := consumer.Poll(ctx)
		cancel()
		if err != nil && ctx.Err() == nil {
			t.Fatal(err)
		}
		for _, r := range records {
			switch m := r.Message.(type) {
			case *demarchev1.DiplomaticEvent:
				events = append(events, m)
			case *demarchev1.ArticleEntities:
				entities = append(entities, m.GetArticle().GetId())
			default:
				t.Fatalf("%s[%d]@%d: %T, %v", r.Topic, r.Partition, r.Offset, r.Message, r.Err)
			}
		}
		if quietUntil.IsZero() && len(events) >= len(expected) && len(entities) >= len(articles) {
			quietUntil = time.Now().Add(2 * time.Second) // duplicates would show up here
		}
	}

	var got, want []string
	for _, e := range events {
		got = append(got, e.GetEventId())
	}
	for id := range expected {
		want = append(want, id)
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Fatalf("events: got %v\nwant each once: %v", got, want)
	}
	slices.Sort(entities)
	slices.Sort(articles)
	if !slices.Equal(entities, articles) {
		t.Fatalf("ArticleEntities: got %v, want %v", entities, articles)
	}
	for _, e := range events {
		w := expected[e.GetEventId()]
		target, _ := w["target"].(map[string]any)
		targetCode, _ := target["code"].(string)
		if e.GetCameoCode() != w["cameo_code"] || e.GetSource().GetCode() != w["source"].(map[string]any)["code"] ||
			e.GetTarget().GetCode() != targetCode || e.GetEvidenceText() != w["evidence_text"] ||
			e.GetQuadClass().String() != w["quad_class"] {
			t.Errorf("event %s differs from demarche run:\n%v\n%v", e.GetEventId(), e, w)
		}
	}
}

func jsonLines(t *testing.T, path string) []map[string]any {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []map[string]any
	scanner := bufio.NewScanner(f)
	scanner.Buffer(make([]byte, 1<<20), 1<<24)
	for scanner.Scan() {
		if len(scanner.Bytes()) == 0 {
			continue
		}
		var v map[string]any
		if err := json.Unmarshal(scanner.Bytes(), &v); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, v)
	}
	return out
}
