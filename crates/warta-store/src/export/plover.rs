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
            .event_mentions(e.id)?
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
        let event_loc = e.place_name.as_ref().map(|name| {
            json!({ "name": name, "geonameid": e.geonameid, "country": e.place_country,
                    "lat": e.lat, "lon": e.lon })
        });
        let record = json!({
            "id": format!("warta-{}", e.id),
            "date": e.date,
            "event": e.plover,
            "mode": e.mode,
            "context": e.context.join(","),
            "source": actor(&e.source_actor, &e.source_text, &e.source_name),
            "target": actor(&e.target_actor, &e.target_text, &e.target_name),
            "eventText": e.trigger,
            "eventLoc": event_loc,
            "text": e.sentence_text,
            "language": e.language,
            "publication": e.publisher,
            "cameo": e.cameo,
            "quadClass": e.quad,
            "goldstein": e.goldstein,
            "numMentions": e.num_mentions,
            "numSources": e.num_sources,
            "numArticles": e.num_articles,
            "sourceUrl": e.first_url,
            "confidence": e.confidence,
            "mentions": mentions,
        });
        serde_json::to_writer(&mut *out, &record)?;
        out.write_all(b"\n")?;
        n += 1;
    }
    Ok(n)
}
