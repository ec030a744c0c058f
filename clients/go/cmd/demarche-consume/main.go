// Command demarche-consume prints the records of demarche topics as JSON lines, decoded by
// their demarche-message-type header:
//
//	go run github.com/demarche/demarche/clients/go/cmd/demarche-consume -brokers localhost:9092 events.diplomatic
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"strings"

	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"

	demarche "github.com/demarche/demarche/clients/go"
)

func main() {
	brokers := flag.String("brokers", "localhost:9092", "comma-separated bootstrap servers")
	group := flag.String("group", "demarche-go-client", "consumer group")
	flag.Parse()
	topics := flag.Args()
	if len(topics) == 0 {
		topics = []string{"events.diplomatic"}
	}
	consumer, err := demarche.NewConsumer(strings.Split(*brokers, ","), *group, topics)
	if err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
	defer consumer.Close()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	for ctx.Err() == nil {
		records, err := consumer.Poll(ctx)
		if err != nil && ctx.Err() == nil {
			fmt.Fprintln(os.Stderr, "error:", err)
		}
		for _, r := range records {
			if r.Err != nil {
				fmt.Fprintf(os.Stderr, "skipped %s[%d]@%d: %v\n", r.Topic, r.Partition, r.Offset, r.Err)
				continue
			}
			body, _ := protojson.Marshal(r.Message)
			name := proto.MessageName(r.Message)
			fmt.Printf("{\"type\":%q,\"message\":%s}\n", name, body)
		}
	}
}
