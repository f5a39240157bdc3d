//! Who acted and when: the [`Actor`] of every session event (a person, 谁签字谁负责) and its
//! [`Timestamp`].

use crate::base::date::Date;
use crate::base::ids::RaterId;
use std::fmt;

/// What kind of person acted.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, kaoping_json::ToJson, kaoping_json::FromJson,
)]
#[serde(rename_all = "camelCase")]
pub enum ActorKind {
    /// A committee member, named by their member id.
    Member,
    /// A named user of the platform (a secretary, an administrator), named by their name.
    User,
}

/// The person who made an event: a committee member or a named user, never a body
/// ("committee") or the system.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, kaoping_json::ToJson, kaoping_json::FromJson)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Actor {
    /// Member or user.
    pub kind: ActorKind,
    /// The member id, or the user's name.
    pub id: String,
}

/// Names that stand for a body or a program, not a person; refused as actors.
pub(crate) const NOT_A_PERSON: &[&str] = &["committee", "system", "admin", "委员会", "系统"];

impl Actor {
    /// A committee member.
    pub fn member(id: &str) -> Actor {
        Actor { kind: ActorKind::Member, id: id.to_owned() }
    }

    /// A named user.
    pub fn user(name: &str) -> Actor {
        Actor { kind: ActorKind::User, id: name.to_owned() }
    }

    /// The member id, when the actor is a member.
    pub fn member_id(&self) -> Option<RaterId> {
        (self.kind == ActorKind::Member).then(|| RaterId(self.id.clone()))
    }
}

impl fmt::Display for Actor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            ActorKind::Member => write!(f, "member:{}", self.id),
            ActorKind::User => write!(f, "user:{}", self.id),
        }
    }
}

/// A moment to the minute, `YYYY-MM-DDTHH:MM` (local time of the body; the core never reads
/// the clock: every event carries its own). Ordered by date, then minute.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp {
    date: Date,
    minute: u16,
}

impl Timestamp {
    /// A timestamp from a date and an hour and minute (`None` when out of range).
    pub fn new(date: Date, hour: u8, minute: u8) -> Option<Timestamp> {
        (hour < 24 && minute < 60)
            .then(|| Timestamp { date, minute: u16::from(hour) * 60 + u16::from(minute) })
    }

    /// Parses `YYYY-MM-DDTHH:MM` (or a bare date, meaning 00:00).
    pub fn parse(text: &str) -> Option<Timestamp> {
        let (day, time) = match text.split_once('T') {
            Some((d, t)) => (d, Some(t)),
            None => (text, None),
        };
        let date = Date::parse(day)?;
        let Some(time) = time else { return Timestamp::new(date, 0, 0) };
        let (h, m) = time.split_once(':')?;
        if h.len() != 2 || m.len() != 2 || !h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()) {
            return None;
        }
        // two ASCII digits each (checked above): no str::parse
        let two = |s: &str| s.bytes().fold(0u8, |n, b| n.wrapping_mul(10).wrapping_add(b.wrapping_sub(b'0')));
        Timestamp::new(date, two(h), two(m))
    }

    /// The calendar date.
    pub fn date(self) -> Date {
        self.date
    }

    /// The hour, 0–23.
    pub fn hour(self) -> u8 {
        u8::try_from(self.minute / 60).unwrap_or(0)
    }

    /// The minute of the hour, 0–59.
    pub fn minute(self) -> u8 {
        u8::try_from(self.minute % 60).unwrap_or(0)
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}T{:02}:{:02}", self.date, self.minute / 60, self.minute % 60)
    }
}

impl fmt::Debug for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self}")
    }
}

impl kaoping_json::ToJson for Timestamp {
    fn to_json(&self, out: &mut String) {
        kaoping_json::write_str(out, &self.to_string());
    }
}

impl kaoping_json::FromJson for Timestamp {
    fn from_json(r: &mut kaoping_json::Reader<'_>) -> Result<Self, kaoping_json::Error> {
        let text = r.str("a timestamp YYYY-MM-DDTHH:MM")?;
        Timestamp::parse(&text).ok_or_else(|| {
            let shown: String = text.chars().take(24).collect();
            kaoping_json::Error::new(
                crate::Code::Date.as_str(),
                format!("`{shown}` is not a timestamp YYYY-MM-DDTHH:MM"),
            )
        })
    }
    fn placeholder() -> Self {
        Timestamp { date: <Date as kaoping_json::FromJson>::placeholder(), minute: 0 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_parse_print_and_order() {
        let a = Timestamp::parse("2026-12-20T09:05").unwrap();
        assert_eq!(a.to_string(), "2026-12-20T09:05");
        assert!(Timestamp::parse("2026-12-20T24:00").is_none());
        assert!(Timestamp::parse("2026-12-20T9:05").is_none());
        assert!(a < Timestamp::parse("2026-12-20T09:06").unwrap());
        assert_eq!(Timestamp::parse("2026-12-21").unwrap().to_string(), "2026-12-21T00:00");
    }
}
