package demarche

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"
)

// The shared test vectors in ../testdata, written by demarche's Rust code: every binary
// decodes to the message its JSON describes and re-encodes to the same bytes.
func TestVectors(t *testing.T) {
	dir := filepath.Join("..", "testdata")
	var vectors []struct{ Name, Type string }
	readJSON(t, filepath.Join(dir, "vectors.json"), &vectors)
	if len(vectors) < 10 {
		t.Fatalf("only %d vectors", len(vectors))
	}
	for _, v := range vectors {
		t.Run(v.Name, func(t *testing.T) {
			binary := read(t, filepath.Join(dir, v.Name+".binpb"))
			text := read(t, filepath.Join(dir, v.Name+".json"))
			decoded, err := NewMessage(v.Type)
			if err != nil {
				t.Fatal(err)
			}
			if err := proto.Unmarshal(binary, decoded); err != nil {
				t.Fatal(err)
			}
			fromJSON, _ := NewMessage(v.Type)
			if err := protojson.Unmarshal(text, fromJSON); err != nil {
				t.Fatal(err)
			}
			if !proto.Equal(decoded, fromJSON) {
				t.Errorf("binary and JSON differ:\n%v\n%v", decoded, fromJSON)
			}
			printed, err := protojson.Marshal(decoded)
			if err != nil {
				t.Fatal(err)
			}
			if !sameJSON(t, printed, text) {
				t.Errorf("JSON differs:\n%s\nwant\n%s", printed, text)
			}
			encoded, err := proto.Marshal(decoded)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(encoded, binary) {
				t.Errorf("re-encoded bytes differ:\n%x\nwant\n%x", encoded, binary)
			}
		})
	}
}

func read(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func readJSON(t *testing.T, path string, into any) {
	t.Helper()
	if err := json.Unmarshal(read(t, path), into); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

// sameJSON compares two JSON documents as values, not as text.
func sameJSON(t *testing.T, a, b []byte) bool {
	t.Helper()
	var x, y any
	if err := json.Unmarshal(a, &x); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &y); err != nil {
		t.Fatal(err)
	}
	return reflect.DeepEqual(x, y)
}
