package demarche.bench;

import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * A Kafka Streams app that copies records, key and value untouched, along a chain of topics
 * (topic 1 to topic 2, topic 2 to topic 3, ...) with exactly_once_v2: the latency anchor the
 * demarche workers are compared with (scripts/bench_kstreams.py). It does no work on a record,
 * so what it measures is the cost of the transactional hops alone.
 *
 * <p>Usage: PassThrough BOOTSTRAP APPLICATION_ID COMMIT_INTERVAL_MS TOPIC1 TOPIC2 [TOPIC3 ...]
 *
 * <p>Prints "RUNNING" once the app has its partitions, and runs until stopped (SIGTERM).
 */
public final class PassThrough {
  private PassThrough() {}

  public static void main(String[] args) throws InterruptedException {
    if (args.length < 5) {
      System.err.println(
          "usage: PassThrough BOOTSTRAP APPLICATION_ID COMMIT_INTERVAL_MS TOPIC1 TOPIC2 [TOPIC3 ...]");
      System.exit(2);
    }
    List<String> topics = List.of(args).subList(3, args.length);
    StreamsBuilder builder = new StreamsBuilder();
    for (int hop = 0; hop + 1 < topics.size(); hop++) {
      builder
          .stream(topics.get(hop), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()))
          .to(topics.get(hop + 1), Produced.with(Serdes.ByteArray(), Serdes.ByteArray()));
    }
    KafkaStreams streams = new KafkaStreams(builder.build(), properties(args));
    CountDownLatch stopped = new CountDownLatch(1);
    streams.setStateListener(
        (now, before) -> {
          if (now == KafkaStreams.State.RUNNING) {
            System.out.println("RUNNING");
            System.out.flush();
          }
        });
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  streams.close();
                  stopped.countDown();
                }));
    streams.start();
    stopped.await();
  }

  private static Properties properties(String[] args) {
    Properties props = new Properties();
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, args[1]);
    props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, Integer.parseInt(args[2]));
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    // One broker: internal topics cannot have the default replication of 3 on it anyway
    // (a pass-through has none), and the app's state directory is its own.
    props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
    props.put(
        StreamsConfig.STATE_DIR_CONFIG,
        System.getProperty("java.io.tmpdir") + "/kstreams-" + args[1]);
    return props;
  }
}
