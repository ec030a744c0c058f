package io.demarche.client;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import io.demarche.v1.Demarche;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * A typed consumer of demarche's Kafka topics. Every record a demarche stage writes names
 * its schema in headers; {@link #decode} picks the generated class from
 * {@code demarche-message-type}, so one consumer can read any topic. Reads with
 * {@code isolation.level=read_committed}: records of aborted or open transactions are never
 * seen. Offsets are committed automatically unless {@code enable.auto.commit=false} is passed.
 */
public final class DemarcheConsumer implements AutoCloseable {
  public static final String CONTENT_TYPE = "application/x-protobuf";
  public static final String MESSAGE_TYPE_HEADER = "demarche-message-type";
  public static final String SCHEMA_VERSION_HEADER = "demarche-schema-version";
  /** The major version this code was generated for (package demarche.v1). */
  public static final String SCHEMA_VERSION = "1";

  /** A decoded record; {@code message} is null and {@code error} set if it could not be. */
  public record TypedRecord(
      String topic, int partition, long offset, byte[] key, Message message, String error) {}

  /** Thrown for a record with no or an unknown message type, or bytes of another type. */
  public static final class UnknownMessageException extends Exception {
    public UnknownMessageException(String message) {
      super(message);
    }
  }

  private final KafkaConsumer<byte[], byte[]> consumer;

  /** Joins {@code groupId} and subscribes; {@code extra} overrides any setting (TLS, SASL). */
  public DemarcheConsumer(
      String bootstrapServers, String groupId, Collection<String> topics, Properties extra) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.putAll(extra);
    consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    consumer.subscribe(topics);
  }

  /** The records that arrive within {@code timeout}, decoded. */
  public List<TypedRecord> poll(Duration timeout) {
    List<TypedRecord> out = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> r : consumer.poll(timeout)) {
      Message message = null;
      String error = null;
      try {
        message = decode(r.headers(), r.value());
      } catch (UnknownMessageException e) {
        error = e.getMessage();
      }
      out.add(new TypedRecord(r.topic(), r.partition(), r.offset(), r.key(), message, error));
    }
    return out;
  }

  /** Decodes a record's value as the type its {@code demarche-message-type} header names. */
  public static Message decode(Headers headers, byte[] value) throws UnknownMessageException {
    String type = header(headers, MESSAGE_TYPE_HEADER);
    if (type == null) {
      throw new UnknownMessageException("record has no " + MESSAGE_TYPE_HEADER + " header");
    }
    String version = header(headers, SCHEMA_VERSION_HEADER);
    if (version != null && !version.equals(SCHEMA_VERSION)) {
      throw new UnknownMessageException(
          "schema version " + version + ", this client reads " + SCHEMA_VERSION);
    }
    try {
      return defaultInstance(type).getParserForType().parseFrom(value == null ? new byte[0] : value);
    } catch (InvalidProtocolBufferException e) {
      throw new UnknownMessageException("payload is not a " + type + ": " + e.getMessage());
    }
  }

  /** The generated class's default instance for a full name such as demarche.v1.DiplomaticEvent. */
  public static Message defaultInstance(String fullName) throws UnknownMessageException {
    String pkg = Demarche.getDescriptor().getPackage();
    int dot = fullName.lastIndexOf('.');
    Descriptor descriptor =
        dot > 0 && fullName.substring(0, dot).equals(pkg)
            ? Demarche.getDescriptor().findMessageTypeByName(fullName.substring(dot + 1))
            : null;
    if (descriptor == null) {
      throw new UnknownMessageException(
          "unknown message type " + fullName + " (this client reads " + pkg + ")");
    }
    String className =
        Demarche.getDescriptor().getOptions().getJavaPackage() + "." + descriptor.getName();
    try {
      return (Message) Class.forName(className).getMethod("getDefaultInstance").invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new UnknownMessageException("no generated class " + className + ": " + e);
    }
  }

  private static String header(Headers headers, String name) {
    Header h = headers.lastHeader(name);
    return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }

  public void commit() {
    consumer.commitSync();
  }

  @Override
  public void close() {
    consumer.close();
  }
}
