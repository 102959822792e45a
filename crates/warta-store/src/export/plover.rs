//! PLOVER JSONL: one clustered event per line with PLOVER's field names
//! (`event`, `mode`, `context`, `source`, `target`, `eventText`, `eventLoc`,
//! `text`), plus warta's CAMEO coding, counts and mentions with provenance.

use std::io::Write;

use serde_json::{Value, json};

use crate::{Store, StoreError};

fn actor(code: &Option<String>, text: &Option<String>, name: &Option<String>) -> Value {
    if code.is_none() && text.is_none() && name.is_none() {
        return json!([]);
    }
    json!([{ "actorText": text.clone().or_else(|| name.clone()), "code": code, "name": name }])
}

pub(crate) fn write_plover(store: &Store, out: &mut dyn Write) -> Result<u64, StoreError> {
    let mut n = 0;
    for e in store.export_rows()? {
        let mentions: Vec<Value> = store
            .event_mentions(e.event.id)?
            .into_iter()
            .map(|m| {
                json!({
                    "eventId": m.event_id, "articleId": m.article_id, "url": m.url,
                    "date": m.article_date, "sentence": m.sentence, "start": m.start,
                    "end": m.end, "eventText": m.trigger, "rule": m.rule,
                    "confidence": m.confidence, "claimedBy": m.claimed_by,
                })
            })
            .collect();
        let event_loc = e.event.place_name.as_ref().map(|name| {
            json!({ "name": name, "geonameid": e.event.geonameid, "country": e.event.place_country,
                    "lat": e.event.lat, "lon": e.event.lon })
        });
        let record = json!({
            "id": format!("warta-{}", e.event.id),
            "date": e.event.date,
            "event": e.event.plover,
            "mode": e.event.mode,
            "context": e.context.join(","),
            "source": actor(&e.event.source_actor, &e.source_text, &e.event.source_name),
            "target": actor(&e.event.target_actor, &e.target_text, &e.event.target_name),
            "eventText": e.trigger,
            "eventLoc": event_loc,
            "text": e.sentence_text,
            "language": e.language,
            "publication": e.publisher,
            "cameo": e.event.cameo,
            "quadClass": e.event.quad,
            "goldstein": e.event.goldstein,
            "numMentions": e.event.num_mentions,
            "numSources": e.event.num_sources,
            "numArticles": e.event.num_articles,
            "sourceUrl": e.event.first_url,
            "confidence": e.event.confidence,
            "mentions": mentions,
        });
        serde_json::to_writer(&mut *out, &record)?;
        out.write_all(b"\n")?;
        n += 1;
    }
    Ok(n)
}
