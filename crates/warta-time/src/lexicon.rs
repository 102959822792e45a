//! Per-language time vocabulary, read from `data/lang/<code>/time/*.tsv`.
//!
//! `words.tsv` gives each word one or more classes (month, unit, direction,
//! ...); `phrases.tsv` lists fixed multi-word expressions with a value
//! template; `holidays.tsv` dates movable feasts. The recognizer only sees
//! classes, so adding a synonym or a language is a data edit.

use rustc_hash::FxHashMap;

use warta_core::{LanguageResources, ResourceError, TimeType};

/// What a word can be in a time expression. See the header of
/// `data/lang/id/time/words.tsv` for the meaning of each class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Class {
    Month,
    Weekday,
    Number,
    NumberMult,
    NumberTeen,
    Some,
    Unit,
    OneUnit,
    RepeatUnit,
    AfterPast,
    AfterFuture,
    AfterThis,
    AfterRecent,
    AfterLater,
    AfterEarlier,
    AfterThat,
    BeforeThat,
    Period,
    Ordinal,
    OrdinalBefore,
    Meridiem,
    DateSignal,
    Once,
    BeforePast,
    BeforeFuture,
    BeforeThis,
    BeforeRecent,
    Link,
    Modifier,
    Set,
    Since,
    YearMarker,
    MonthMarker,
    DateMarker,
    TimeMarker,
    PartOfDay,
    TimeZone,
    NotYearBefore,
    NotYearAfter,
    PastCue,
    FutureCue,
}

impl Class {
    fn parse(name: &str) -> Option<Self> {
        Some(match name {
            "month" => Self::Month,
            "weekday" => Self::Weekday,
            "number" => Self::Number,
            "number_mult" => Self::NumberMult,
            "number_teen" => Self::NumberTeen,
            "some" => Self::Some,
            "unit" => Self::Unit,
            "one_unit" => Self::OneUnit,
            "repeat_unit" => Self::RepeatUnit,
            "after_past" => Self::AfterPast,
            "after_future" => Self::AfterFuture,
            "after_this" => Self::AfterThis,
            "after_recent" => Self::AfterRecent,
            "after_later" => Self::AfterLater,
            "after_earlier" => Self::AfterEarlier,
            "after_that" => Self::AfterThat,
            "before_that" => Self::BeforeThat,
            "period" => Self::Period,
            "ordinal" => Self::Ordinal,
            "ordinal_before" => Self::OrdinalBefore,
            "meridiem" => Self::Meridiem,
            "date_signal" => Self::DateSignal,
            "once" => Self::Once,
            "before_past" => Self::BeforePast,
            "before_future" => Self::BeforeFuture,
            "before_this" => Self::BeforeThis,
            "before_recent" => Self::BeforeRecent,
            "link" => Self::Link,
            "modifier" => Self::Modifier,
            "set" => Self::Set,
            "since" => Self::Since,
            "year_marker" => Self::YearMarker,
            "month_marker" => Self::MonthMarker,
            "date_marker" => Self::DateMarker,
            "time_marker" => Self::TimeMarker,
            "part_of_day" => Self::PartOfDay,
            "time_zone" => Self::TimeZone,
            "not_year_before" => Self::NotYearBefore,
            "not_year_after" => Self::NotYearAfter,
            "past_cue" => Self::PastCue,
            "future_cue" => Self::FutureCue,
            _ => return None,
        })
    }
}

/// A calendar unit, as used in values (`P3Y`, `2023-W35`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

impl Unit {
    fn parse(code: &str) -> Option<Self> {
        Some(match code {
            "S" => Self::Second,
            "MIN" => Self::Minute,
            "H" => Self::Hour,
            "D" => Self::Day,
            "W" => Self::Week,
            "M" => Self::Month,
            "Q" => Self::Quarter,
            "Y" => Self::Year,
            "DE" => Self::Decade,
            "CE" => Self::Century,
            _ => return None,
        })
    }
}

/// One reading of a word.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub class: Class,
    /// Numeric value (month, weekday, number, direction), 0 when not numeric.
    pub number: i64,
    /// Unit, for unit classes.
    pub unit: Option<Unit>,
    /// Text value (modifier name, part of day, zone offset).
    pub text: Box<str>,
    /// Only matches a token that starts with a capital letter.
    pub capitalised_only: bool,
}

/// A fixed phrase from `phrases.tsv`.
#[derive(Debug, Clone)]
pub(crate) struct Phrase {
    /// Lower-cased words.
    pub words: Vec<String>,
    /// Only matches when the first token is capitalised.
    pub capitalised_only: bool,
    /// TIMEX3 type; `None` for a multi-word modifier (`kurang lebih`),
    /// whose template is the TIMEX3 `mod` value.
    pub kind: Option<TimeType>,
    pub template: std::sync::Arc<str>,
    pub modifier: Option<String>,
}

/// Everything the lexicon knows about one word.
#[derive(Debug, Default)]
pub(crate) struct Word {
    /// Its readings (classes).
    pub entries: Vec<Entry>,
    /// Phrases starting with it, longest first.
    pub phrases: Vec<Phrase>,
}

/// The time vocabulary of one language.
#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    pub code: String,
    /// Lower-cased word -> its readings and the phrases it starts.
    words: FxHashMap<String, Word>,
    /// Movable feasts: key -> dates (YYYY-MM-DD), sorted.
    pub holidays: FxHashMap<String, Vec<String>>,
}

fn malformed(path: &str, line: usize, message: String) -> ResourceError {
    ResourceError::Malformed {
        path: path.to_string(),
        line,
        message,
    }
}

impl Lexicon {
    /// Loads `time/words.tsv`, `time/phrases.tsv` and `time/holidays.tsv` of
    /// a pack. Missing files give an empty table; malformed lines are errors.
    pub fn load(pack: &dyn LanguageResources) -> Result<Self, ResourceError> {
        let mut lex = Lexicon {
            code: pack.code().to_string(),
            ..Default::default()
        };
        let code = pack.code().to_string();
        if let Ok(text) = pack.text("time/words.tsv") {
            let path = format!("lang/{code}/time/words.tsv");
            for (line, l) in warta_core::resources::data_lines(&text) {
                let cols: Vec<&str> = l.split('\t').map(str::trim).collect();
                if cols.len() < 3 {
                    return Err(malformed(
                        &path,
                        line,
                        "expected word<TAB>class<TAB>value".into(),
                    ));
                }
                let class = Class::parse(cols[1]).ok_or_else(|| {
                    malformed(
                        &path,
                        line,
                        format!("unknown class `{}` (see the file header)", cols[1]),
                    )
                })?;
                let unit = Unit::parse(cols[2]);
                if matches!(class, Class::Unit | Class::OneUnit | Class::RepeatUnit)
                    && unit.is_none()
                {
                    return Err(malformed(
                        &path,
                        line,
                        format!("unknown unit `{}`: use Y M W D H MIN S DE CE Q", cols[2]),
                    ));
                }
                let number = cols[2].parse::<i64>().unwrap_or(0);
                let entry = Entry {
                    class,
                    number,
                    unit,
                    text: cols[2].into(),
                    capitalised_only: cols[0].chars().next().is_some_and(char::is_uppercase),
                };
                lex.words
                    .entry(cols[0].to_lowercase())
                    .or_default()
                    .entries
                    .push(entry);
            }
        }
        if let Ok(text) = pack.text("time/phrases.tsv") {
            let path = format!("lang/{code}/time/phrases.tsv");
            for (line, l) in warta_core::resources::data_lines(&text) {
                let cols: Vec<&str> = l.split('\t').map(str::trim).collect();
                if cols.len() < 3 {
                    return Err(malformed(
                        &path,
                        line,
                        "expected phrase<TAB>type<TAB>value[<TAB>mod]".into(),
                    ));
                }
                let kind = match cols[1] {
                    "DATE" => Some(TimeType::Date),
                    "TIME" => Some(TimeType::Time),
                    "DURATION" => Some(TimeType::Duration),
                    "SET" => Some(TimeType::Set),
                    "MOD" => None,
                    other => {
                        return Err(malformed(
                            &path,
                            line,
                            format!("unknown type `{other}`: use DATE, TIME, DURATION, SET or MOD"),
                        ));
                    }
                };
                let words: Vec<String> =
                    cols[0].split_whitespace().map(str::to_lowercase).collect();
                let Some(first) = words.first().cloned() else {
                    return Err(malformed(&path, line, "empty phrase".into()));
                };
                lex.words.entry(first).or_default().phrases.push(Phrase {
                    words,
                    capitalised_only: cols[0].chars().next().is_some_and(char::is_uppercase),
                    kind,
                    template: cols[2].into(),
                    modifier: cols.get(3).filter(|m| !m.is_empty()).map(|m| m.to_string()),
                });
            }
            for word in lex.words.values_mut() {
                word.phrases
                    .sort_by_key(|p| std::cmp::Reverse(p.words.len()));
            }
        }
        if let Ok(text) = pack.text("time/holidays.tsv") {
            for (_, l) in warta_core::resources::data_lines(&text) {
                if let Some((key, date)) = l.split_once('\t') {
                    lex.holidays
                        .entry(key.trim().to_lowercase())
                        .or_default()
                        .push(date.trim().to_string());
                }
            }
            for list in lex.holidays.values_mut() {
                list.sort();
            }
        }
        Ok(lex)
    }

    /// What the lexicon knows about a lower-cased word.
    pub fn word(&self, lower: &str) -> Option<&Word> {
        self.words.get(lower)
    }
}
