from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class EntityType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ENTITY_TYPE_UNSPECIFIED: _ClassVar[EntityType]
    ENTITY_TYPE_PERSON: _ClassVar[EntityType]
    ENTITY_TYPE_ORGANISATION: _ClassVar[EntityType]
    ENTITY_TYPE_LOCATION: _ClassVar[EntityType]
    ENTITY_TYPE_NATIONALITY: _ClassVar[EntityType]

class Stance(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    STANCE_UNSPECIFIED: _ClassVar[Stance]
    STANCE_COOPERATIVE: _ClassVar[Stance]
    STANCE_HOSTILE: _ClassVar[Stance]
    STANCE_NEUTRAL: _ClassVar[Stance]

class Modality(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MODALITY_ASSERTED: _ClassVar[Modality]
    MODALITY_NEGATED: _ClassVar[Modality]
    MODALITY_THREATENED: _ClassVar[Modality]
    MODALITY_INTENDED: _ClassVar[Modality]
    MODALITY_REPORTED: _ClassVar[Modality]
    MODALITY_CONDITIONAL: _ClassVar[Modality]
    MODALITY_HYPOTHETICAL: _ClassVar[Modality]
    MODALITY_DEMANDED: _ClassVar[Modality]

class QuadClass(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    QUAD_CLASS_UNSPECIFIED: _ClassVar[QuadClass]
    QUAD_CLASS_VERBAL_COOPERATION: _ClassVar[QuadClass]
    QUAD_CLASS_MATERIAL_COOPERATION: _ClassVar[QuadClass]
    QUAD_CLASS_VERBAL_CONFLICT: _ClassVar[QuadClass]
    QUAD_CLASS_MATERIAL_CONFLICT: _ClassVar[QuadClass]

class AlertState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ALERT_STATE_UNSPECIFIED: _ClassVar[AlertState]
    ALERT_STATE_FIRING: _ClassVar[AlertState]
    ALERT_STATE_UPDATED: _ClassVar[AlertState]
    ALERT_STATE_RESOLVED: _ClassVar[AlertState]

class Severity(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SEVERITY_UNSPECIFIED: _ClassVar[Severity]
    SEVERITY_INFO: _ClassVar[Severity]
    SEVERITY_WARNING: _ClassVar[Severity]
    SEVERITY_CRITICAL: _ClassVar[Severity]
ENTITY_TYPE_UNSPECIFIED: EntityType
ENTITY_TYPE_PERSON: EntityType
ENTITY_TYPE_ORGANISATION: EntityType
ENTITY_TYPE_LOCATION: EntityType
ENTITY_TYPE_NATIONALITY: EntityType
STANCE_UNSPECIFIED: Stance
STANCE_COOPERATIVE: Stance
STANCE_HOSTILE: Stance
STANCE_NEUTRAL: Stance
MODALITY_ASSERTED: Modality
MODALITY_NEGATED: Modality
MODALITY_THREATENED: Modality
MODALITY_INTENDED: Modality
MODALITY_REPORTED: Modality
MODALITY_CONDITIONAL: Modality
MODALITY_HYPOTHETICAL: Modality
MODALITY_DEMANDED: Modality
QUAD_CLASS_UNSPECIFIED: QuadClass
QUAD_CLASS_VERBAL_COOPERATION: QuadClass
QUAD_CLASS_MATERIAL_COOPERATION: QuadClass
QUAD_CLASS_VERBAL_CONFLICT: QuadClass
QUAD_CLASS_MATERIAL_CONFLICT: QuadClass
ALERT_STATE_UNSPECIFIED: AlertState
ALERT_STATE_FIRING: AlertState
ALERT_STATE_UPDATED: AlertState
ALERT_STATE_RESOLVED: AlertState
SEVERITY_UNSPECIFIED: Severity
SEVERITY_INFO: Severity
SEVERITY_WARNING: Severity
SEVERITY_CRITICAL: Severity

class Article(_message.Message):
    __slots__ = ("id", "url", "title", "text", "published_at_ms", "source", "language", "ingested_at_ms")
    ID_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    PUBLISHED_AT_MS_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    INGESTED_AT_MS_FIELD_NUMBER: _ClassVar[int]
    id: str
    url: str
    title: str
    text: str
    published_at_ms: int
    source: str
    language: str
    ingested_at_ms: int
    def __init__(self, id: _Optional[str] = ..., url: _Optional[str] = ..., title: _Optional[str] = ..., text: _Optional[str] = ..., published_at_ms: _Optional[int] = ..., source: _Optional[str] = ..., language: _Optional[str] = ..., ingested_at_ms: _Optional[int] = ...) -> None: ...

class Span(_message.Message):
    __slots__ = ("start", "end")
    START_FIELD_NUMBER: _ClassVar[int]
    END_FIELD_NUMBER: _ClassVar[int]
    start: int
    end: int
    def __init__(self, start: _Optional[int] = ..., end: _Optional[int] = ...) -> None: ...

class Actor(_message.Message):
    __slots__ = ("code", "name", "country", "sector")
    CODE_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    COUNTRY_FIELD_NUMBER: _ClassVar[int]
    SECTOR_FIELD_NUMBER: _ClassVar[int]
    code: str
    name: str
    country: str
    sector: str
    def __init__(self, code: _Optional[str] = ..., name: _Optional[str] = ..., country: _Optional[str] = ..., sector: _Optional[str] = ...) -> None: ...

class GeoPoint(_message.Message):
    __slots__ = ("latitude", "longitude")
    LATITUDE_FIELD_NUMBER: _ClassVar[int]
    LONGITUDE_FIELD_NUMBER: _ClassVar[int]
    latitude: float
    longitude: float
    def __init__(self, latitude: _Optional[float] = ..., longitude: _Optional[float] = ...) -> None: ...

class EntityMention(_message.Message):
    __slots__ = ("span", "type", "actor", "sentence", "antecedent", "geo")
    SPAN_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    SENTENCE_FIELD_NUMBER: _ClassVar[int]
    ANTECEDENT_FIELD_NUMBER: _ClassVar[int]
    GEO_FIELD_NUMBER: _ClassVar[int]
    span: Span
    type: EntityType
    actor: Actor
    sentence: int
    antecedent: int
    geo: GeoPoint
    def __init__(self, span: _Optional[_Union[Span, _Mapping]] = ..., type: _Optional[_Union[EntityType, str]] = ..., actor: _Optional[_Union[Actor, _Mapping]] = ..., sentence: _Optional[int] = ..., antecedent: _Optional[int] = ..., geo: _Optional[_Union[GeoPoint, _Mapping]] = ...) -> None: ...

class Sentence(_message.Message):
    __slots__ = ("span",)
    SPAN_FIELD_NUMBER: _ClassVar[int]
    span: Span
    def __init__(self, span: _Optional[_Union[Span, _Mapping]] = ...) -> None: ...

class ArticleEntities(_message.Message):
    __slots__ = ("article", "sentences", "mentions")
    ARTICLE_FIELD_NUMBER: _ClassVar[int]
    SENTENCES_FIELD_NUMBER: _ClassVar[int]
    MENTIONS_FIELD_NUMBER: _ClassVar[int]
    article: Article
    sentences: _containers.RepeatedCompositeFieldContainer[Sentence]
    mentions: _containers.RepeatedCompositeFieldContainer[EntityMention]
    def __init__(self, article: _Optional[_Union[Article, _Mapping]] = ..., sentences: _Optional[_Iterable[_Union[Sentence, _Mapping]]] = ..., mentions: _Optional[_Iterable[_Union[EntityMention, _Mapping]]] = ...) -> None: ...

class Participant(_message.Message):
    __slots__ = ("actor", "mention_text", "mention")
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    MENTION_TEXT_FIELD_NUMBER: _ClassVar[int]
    MENTION_FIELD_NUMBER: _ClassVar[int]
    actor: Actor
    mention_text: str
    mention: int
    def __init__(self, actor: _Optional[_Union[Actor, _Mapping]] = ..., mention_text: _Optional[str] = ..., mention: _Optional[int] = ...) -> None: ...

class Interaction(_message.Message):
    __slots__ = ("sentence", "source", "target", "cameo", "trigger", "modality", "speaker", "location_mention", "confidence", "path")
    SENTENCE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    TARGET_FIELD_NUMBER: _ClassVar[int]
    CAMEO_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_FIELD_NUMBER: _ClassVar[int]
    MODALITY_FIELD_NUMBER: _ClassVar[int]
    SPEAKER_FIELD_NUMBER: _ClassVar[int]
    LOCATION_MENTION_FIELD_NUMBER: _ClassVar[int]
    CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    PATH_FIELD_NUMBER: _ClassVar[int]
    sentence: int
    source: Participant
    target: Participant
    cameo: str
    trigger: Span
    modality: Modality
    speaker: Participant
    location_mention: int
    confidence: float
    path: str
    def __init__(self, sentence: _Optional[int] = ..., source: _Optional[_Union[Participant, _Mapping]] = ..., target: _Optional[_Union[Participant, _Mapping]] = ..., cameo: _Optional[str] = ..., trigger: _Optional[_Union[Span, _Mapping]] = ..., modality: _Optional[_Union[Modality, str]] = ..., speaker: _Optional[_Union[Participant, _Mapping]] = ..., location_mention: _Optional[int] = ..., confidence: _Optional[float] = ..., path: _Optional[str] = ...) -> None: ...

class DyadStance(_message.Message):
    __slots__ = ("holder", "target", "stance", "score", "evidence")
    HOLDER_FIELD_NUMBER: _ClassVar[int]
    TARGET_FIELD_NUMBER: _ClassVar[int]
    STANCE_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    EVIDENCE_FIELD_NUMBER: _ClassVar[int]
    holder: Actor
    target: Actor
    stance: Stance
    score: float
    evidence: _containers.RepeatedCompositeFieldContainer[Span]
    def __init__(self, holder: _Optional[_Union[Actor, _Mapping]] = ..., target: _Optional[_Union[Actor, _Mapping]] = ..., stance: _Optional[_Union[Stance, str]] = ..., score: _Optional[float] = ..., evidence: _Optional[_Iterable[_Union[Span, _Mapping]]] = ...) -> None: ...

class EditorialStance(_message.Message):
    __slots__ = ("target", "stance", "score", "evidence")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    STANCE_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    EVIDENCE_FIELD_NUMBER: _ClassVar[int]
    target: Actor
    stance: Stance
    score: float
    evidence: _containers.RepeatedCompositeFieldContainer[Span]
    def __init__(self, target: _Optional[_Union[Actor, _Mapping]] = ..., stance: _Optional[_Union[Stance, str]] = ..., score: _Optional[float] = ..., evidence: _Optional[_Iterable[_Union[Span, _Mapping]]] = ...) -> None: ...

class ArticleStance(_message.Message):
    __slots__ = ("entities", "interactions", "dyads", "editorial", "tone")
    ENTITIES_FIELD_NUMBER: _ClassVar[int]
    INTERACTIONS_FIELD_NUMBER: _ClassVar[int]
    DYADS_FIELD_NUMBER: _ClassVar[int]
    EDITORIAL_FIELD_NUMBER: _ClassVar[int]
    TONE_FIELD_NUMBER: _ClassVar[int]
    entities: ArticleEntities
    interactions: _containers.RepeatedCompositeFieldContainer[Interaction]
    dyads: _containers.RepeatedCompositeFieldContainer[DyadStance]
    editorial: _containers.RepeatedCompositeFieldContainer[EditorialStance]
    tone: float
    def __init__(self, entities: _Optional[_Union[ArticleEntities, _Mapping]] = ..., interactions: _Optional[_Iterable[_Union[Interaction, _Mapping]]] = ..., dyads: _Optional[_Iterable[_Union[DyadStance, _Mapping]]] = ..., editorial: _Optional[_Iterable[_Union[EditorialStance, _Mapping]]] = ..., tone: _Optional[float] = ...) -> None: ...

class DiplomaticEvent(_message.Message):
    __slots__ = ("event_id", "article_id", "article_url", "published_at_ms", "source", "target", "source_text", "target_text", "cameo_code", "cameo_root", "plover_type", "quad_class", "goldstein", "location", "dyad_stance", "tone", "evidence_text", "evidence_start", "evidence_end", "trigger_start", "trigger_end", "modality", "confidence", "location_country", "emitted_at_ms", "article_source", "location_geo", "story_key")
    EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    ARTICLE_ID_FIELD_NUMBER: _ClassVar[int]
    ARTICLE_URL_FIELD_NUMBER: _ClassVar[int]
    PUBLISHED_AT_MS_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    TARGET_FIELD_NUMBER: _ClassVar[int]
    SOURCE_TEXT_FIELD_NUMBER: _ClassVar[int]
    TARGET_TEXT_FIELD_NUMBER: _ClassVar[int]
    CAMEO_CODE_FIELD_NUMBER: _ClassVar[int]
    CAMEO_ROOT_FIELD_NUMBER: _ClassVar[int]
    PLOVER_TYPE_FIELD_NUMBER: _ClassVar[int]
    QUAD_CLASS_FIELD_NUMBER: _ClassVar[int]
    GOLDSTEIN_FIELD_NUMBER: _ClassVar[int]
    LOCATION_FIELD_NUMBER: _ClassVar[int]
    DYAD_STANCE_FIELD_NUMBER: _ClassVar[int]
    TONE_FIELD_NUMBER: _ClassVar[int]
    EVIDENCE_TEXT_FIELD_NUMBER: _ClassVar[int]
    EVIDENCE_START_FIELD_NUMBER: _ClassVar[int]
    EVIDENCE_END_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_START_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_END_FIELD_NUMBER: _ClassVar[int]
    MODALITY_FIELD_NUMBER: _ClassVar[int]
    CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    LOCATION_COUNTRY_FIELD_NUMBER: _ClassVar[int]
    EMITTED_AT_MS_FIELD_NUMBER: _ClassVar[int]
    ARTICLE_SOURCE_FIELD_NUMBER: _ClassVar[int]
    LOCATION_GEO_FIELD_NUMBER: _ClassVar[int]
    STORY_KEY_FIELD_NUMBER: _ClassVar[int]
    event_id: str
    article_id: str
    article_url: str
    published_at_ms: int
    source: Actor
    target: Actor
    source_text: str
    target_text: str
    cameo_code: str
    cameo_root: str
    plover_type: str
    quad_class: QuadClass
    goldstein: float
    location: str
    dyad_stance: Stance
    tone: float
    evidence_text: str
    evidence_start: int
    evidence_end: int
    trigger_start: int
    trigger_end: int
    modality: Modality
    confidence: float
    location_country: str
    emitted_at_ms: int
    article_source: str
    location_geo: GeoPoint
    story_key: str
    def __init__(self, event_id: _Optional[str] = ..., article_id: _Optional[str] = ..., article_url: _Optional[str] = ..., published_at_ms: _Optional[int] = ..., source: _Optional[_Union[Actor, _Mapping]] = ..., target: _Optional[_Union[Actor, _Mapping]] = ..., source_text: _Optional[str] = ..., target_text: _Optional[str] = ..., cameo_code: _Optional[str] = ..., cameo_root: _Optional[str] = ..., plover_type: _Optional[str] = ..., quad_class: _Optional[_Union[QuadClass, str]] = ..., goldstein: _Optional[float] = ..., location: _Optional[str] = ..., dyad_stance: _Optional[_Union[Stance, str]] = ..., tone: _Optional[float] = ..., evidence_text: _Optional[str] = ..., evidence_start: _Optional[int] = ..., evidence_end: _Optional[int] = ..., trigger_start: _Optional[int] = ..., trigger_end: _Optional[int] = ..., modality: _Optional[_Union[Modality, str]] = ..., confidence: _Optional[float] = ..., location_country: _Optional[str] = ..., emitted_at_ms: _Optional[int] = ..., article_source: _Optional[str] = ..., location_geo: _Optional[_Union[GeoPoint, _Mapping]] = ..., story_key: _Optional[str] = ...) -> None: ...

class AlertEvidence(_message.Message):
    __slots__ = ("event_id", "article_id", "article_source", "story_key", "cameo_code", "goldstein", "event_time_ms", "evidence_text")
    EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    ARTICLE_ID_FIELD_NUMBER: _ClassVar[int]
    ARTICLE_SOURCE_FIELD_NUMBER: _ClassVar[int]
    STORY_KEY_FIELD_NUMBER: _ClassVar[int]
    CAMEO_CODE_FIELD_NUMBER: _ClassVar[int]
    GOLDSTEIN_FIELD_NUMBER: _ClassVar[int]
    EVENT_TIME_MS_FIELD_NUMBER: _ClassVar[int]
    EVIDENCE_TEXT_FIELD_NUMBER: _ClassVar[int]
    event_id: str
    article_id: str
    article_source: str
    story_key: str
    cameo_code: str
    goldstein: float
    event_time_ms: int
    evidence_text: str
    def __init__(self, event_id: _Optional[str] = ..., article_id: _Optional[str] = ..., article_source: _Optional[str] = ..., story_key: _Optional[str] = ..., cameo_code: _Optional[str] = ..., goldstein: _Optional[float] = ..., event_time_ms: _Optional[int] = ..., evidence_text: _Optional[str] = ...) -> None: ...

class Alert(_message.Message):
    __slots__ = ("alert_id", "rule_id", "rule_name", "severity", "state", "group", "window_start_ms", "window_end_ms", "first_seen_ms", "last_seen_ms", "event_ids", "evidence", "event_count", "article_count", "source_count", "story_count", "goldstein_sum", "goldstein_mean", "baseline", "reason", "sequence")
    ALERT_ID_FIELD_NUMBER: _ClassVar[int]
    RULE_ID_FIELD_NUMBER: _ClassVar[int]
    RULE_NAME_FIELD_NUMBER: _ClassVar[int]
    SEVERITY_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    GROUP_FIELD_NUMBER: _ClassVar[int]
    WINDOW_START_MS_FIELD_NUMBER: _ClassVar[int]
    WINDOW_END_MS_FIELD_NUMBER: _ClassVar[int]
    FIRST_SEEN_MS_FIELD_NUMBER: _ClassVar[int]
    LAST_SEEN_MS_FIELD_NUMBER: _ClassVar[int]
    EVENT_IDS_FIELD_NUMBER: _ClassVar[int]
    EVIDENCE_FIELD_NUMBER: _ClassVar[int]
    EVENT_COUNT_FIELD_NUMBER: _ClassVar[int]
    ARTICLE_COUNT_FIELD_NUMBER: _ClassVar[int]
    SOURCE_COUNT_FIELD_NUMBER: _ClassVar[int]
    STORY_COUNT_FIELD_NUMBER: _ClassVar[int]
    GOLDSTEIN_SUM_FIELD_NUMBER: _ClassVar[int]
    GOLDSTEIN_MEAN_FIELD_NUMBER: _ClassVar[int]
    BASELINE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    alert_id: str
    rule_id: str
    rule_name: str
    severity: Severity
    state: AlertState
    group: str
    window_start_ms: int
    window_end_ms: int
    first_seen_ms: int
    last_seen_ms: int
    event_ids: _containers.RepeatedScalarFieldContainer[str]
    evidence: _containers.RepeatedCompositeFieldContainer[AlertEvidence]
    event_count: int
    article_count: int
    source_count: int
    story_count: int
    goldstein_sum: float
    goldstein_mean: float
    baseline: float
    reason: str
    sequence: int
    def __init__(self, alert_id: _Optional[str] = ..., rule_id: _Optional[str] = ..., rule_name: _Optional[str] = ..., severity: _Optional[_Union[Severity, str]] = ..., state: _Optional[_Union[AlertState, str]] = ..., group: _Optional[str] = ..., window_start_ms: _Optional[int] = ..., window_end_ms: _Optional[int] = ..., first_seen_ms: _Optional[int] = ..., last_seen_ms: _Optional[int] = ..., event_ids: _Optional[_Iterable[str]] = ..., evidence: _Optional[_Iterable[_Union[AlertEvidence, _Mapping]]] = ..., event_count: _Optional[int] = ..., article_count: _Optional[int] = ..., source_count: _Optional[int] = ..., story_count: _Optional[int] = ..., goldstein_sum: _Optional[float] = ..., goldstein_mean: _Optional[float] = ..., baseline: _Optional[float] = ..., reason: _Optional[str] = ..., sequence: _Optional[int] = ...) -> None: ...
