//! What the store accepts: the same checks for a record written by the CLI and for a line of an
//! import file, so that an import cannot put in what `record` would refuse.

use crate::progress::model::{Attempt, ReviewState, Session};

/// The longest kind id, command or answer kept (a line of an import is bounded anyway).
const MAX_TEXT: usize = 4096;

/// A uid: 32 lowercase hex digits.
pub(super) fn uid(what: &str, uid: &str) -> Result<(), String> {
    let ok = uid.len() == 32 && uid.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
    if ok {
        Ok(())
    } else {
        Err(format!("{what} uid {uid:?} is not 32 lowercase hex digits"))
    }
}

/// A kind id: ASCII letters, digits, `.`, `_` and `-`, not empty.
pub(super) fn kind(kind: &str) -> Result<(), String> {
    let ok = !kind.is_empty()
        && kind.len() <= 200
        && kind
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'));
    if ok {
        Ok(())
    } else {
        Err(format!("kind {kind:?} is not a kind id"))
    }
}

fn time(what: &str, ms: i64) -> Result<(), String> {
    if ms >= 0 {
        Ok(())
    } else {
        Err(format!("{what} {ms} is before 1970"))
    }
}

fn text(what: &str, s: &str) -> Result<(), String> {
    if s.len() <= MAX_TEXT {
        Ok(())
    } else {
        Err(format!("{what} is longer than {MAX_TEXT} bytes"))
    }
}

pub(super) fn session(s: &Session) -> Result<(), String> {
    uid("session", &s.uid)?;
    time("started", s.started)?;
    if let Some(ended) = s.ended
        && ended < s.started
    {
        return Err(format!(
            "session {} ends ({ended}) before it starts ({})",
            s.uid, s.started
        ));
    }
    text("command", &s.command)
}

pub(super) fn attempt(a: &Attempt) -> Result<(), String> {
    uid("attempt", &a.uid)?;
    uid("session", &a.session)?;
    time("at", a.at)?;
    kind(&a.kind)?;
    if a.level == 0 {
        return Err("level 0 (levels start at 1)".into());
    }
    text("answer", &a.answer)?;
    if !(0.0..=1.0).contains(&a.score) {
        return Err(format!("score {} is outside [0, 1]", a.score));
    }
    if let Some(m) = &a.mistake {
        text("mistake", m)?;
    }
    if a.took_ms < 0 {
        return Err(format!("took_ms {} is negative", a.took_ms));
    }
    Ok(())
}

pub(super) fn review_state(r: &ReviewState) -> Result<(), String> {
    kind(&r.kind)?;
    if r.level == 0 {
        return Err("level 0 (levels start at 1)".into());
    }
    let finite_positive = |x: f32| x.is_finite() && x > 0.0;
    if !finite_positive(r.stability) || !finite_positive(r.difficulty) {
        return Err(format!(
            "review state of {} level {}: stability {} and difficulty {} must be finite and positive",
            r.kind, r.level, r.stability, r.difficulty
        ));
    }
    time("last_review", r.last_review)?;
    time("due", r.due)
}
