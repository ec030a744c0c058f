// Package demarche is a typed consumer of demarche's Kafka topics. Every record a demarche
// stage writes names its schema in headers; Decode picks the generated type from
// demarche-message-type, so one consumer can read any topic. The generated types are in
// the demarchev1 package.
package demarche

import (
	"context"
	"errors"
	"fmt"

	"github.com/twmb/franz-go/pkg/kgo"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/reflect/protoregistry"

	demarchev1 "github.com/demarche/demarche/clients/go/demarchev1"
)

const (
	ContentType         = "application/x-protobuf"
	MessageTypeHeader   = "demarche-message-type"
	SchemaVersionHeader = "demarche-schema-version"
	// SchemaVersion is the major version this code was generated for (package demarche.v1).
	SchemaVersion = "1"
)

// ErrUnknownMessage marks a record this client cannot decode: no or unknown message
// type, another schema version, or bytes that are not the named type.
var ErrUnknownMessage = errors.New("unknown demarche message")

// package name of the generated code, e.g. "demarche.v1".
var pkg = (&demarchev1.DiplomaticEvent{}).ProtoReflect().Descriptor().ParentFile().Package()

// NewMessage returns an empty message of a full name such as demarche.v1.DiplomaticEvent.
func NewMessage(fullName string) (proto.Message, error) {
	name := protoreflect.FullName(fullName)
	if name.Parent() != pkg {
		return nil, fmt.Errorf("%w: type %q (this client reads %s)", ErrUnknownMessage, fullName, pkg)
	}
	mt, err := protoregistry.GlobalTypes.FindMessageByName(name)
	if err != nil {
		return nil, fmt.Errorf("%w: type %q", ErrUnknownMessage, fullName)
	}
	return mt.New().Interface(), nil
}

// Header returns the value of the named header, and whether it is there.
func Header(headers []kgo.RecordHeader, name string) (string, bool) {
	for _, h := range headers {
		if h.Key == name {
			return string(h.Value), true
		}
	}
	return "", false
}

// Decode decodes a record's value as the type its demarche-message-type header names.
func Decode(headers []kgo.RecordHeader, value []byte) (proto.Message, error) {
	fullName, ok := Header(headers, MessageTypeHeader)
	if !ok {
		return nil, fmt.Errorf("%w: no %s header", ErrUnknownMessage, MessageTypeHeader)
	}
	if v, ok := Header(headers, SchemaVersionHeader); ok && v != SchemaVersion {
		return nil, fmt.Errorf("%w: schema version %s, this client reads %s", ErrUnknownMessage, v, SchemaVersion)
	}
	msg, err := NewMessage(fullName)
	if err != nil {
		return nil, err
	}
	if err := proto.Unmarshal(value, msg); err != nil {
		return nil, fmt.Errorf("%w: not a %s: %v", ErrUnknownMessage, fullName, err)
	}
	return msg, nil
}

// Record is one decoded record. Err is set (and Message nil) when it could not be decoded.
type Record struct {
	Topic     string
	Partition int32
	Offset    int64
	Key       []byte
	Message   proto.Message
	Err       error
}

// Consumer reads demarche topics in a consumer group with read_committed isolation, so
// records of aborted or open transactions are never seen. Offsets are committed
// automatically (franz-go's default: those of records already returned by Poll).
type Consumer struct {
	client *kgo.Client
}

// NewConsumer joins group and subscribes to topics, from the earliest offset when the
// group has none. Extra kgo options (TLS, SASL, ...) are appended.
func NewConsumer(brokers []string, group string, topics []string, opts ...kgo.Opt) (*Consumer, error) {
	base := []kgo.Opt{
		kgo.SeedBrokers(brokers...),
		kgo.ConsumerGroup(group),
		kgo.ConsumeTopics(topics...),
		kgo.FetchIsolationLevel(kgo.ReadCommitted()),
		kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()),
	}
	client, err := kgo.NewClient(append(base, opts...)...)
	if err != nil {
		return nil, err
	}
	return &Consumer{client: client}, nil
}

// Poll waits for the next records (until ctx ends) and decodes them.
func (c *Consumer) Poll(ctx context.Context) ([]Record, error) {
	fetches := c.client.PollFetches(ctx)
	if err := ctx.Err(); err != nil && fetches.Empty() {
		return nil, err
	}
	var errs []error
	fetches.EachError(func(topic string, partition int32, err error) {
		errs = append(errs, fmt.Errorf("%s[%d]: %w", topic, partition, err))
	})
	var records []Record
	fetches.EachRecord(func(r *kgo.Record) {
		msg, err := Decode(r.Headers, r.Value)
		records = append(records, Record{r.Topic, r.Partition, r.Offset, r.Key, msg, err})
	})
	return records, errors.Join(errs...)
}

// Close commits what was polled and leaves the group.
func (c *Consumer) Close() {
	c.client.Close()
}
