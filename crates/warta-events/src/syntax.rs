//! Function-word classes of `events_syntax.tsv`: the closed-class words
//! (prepositions, relatives, pronouns, anaphors, reporting verbs ...) the
//! coder's clause and argument finding reads, one set per kind of row.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Function-word classes of `events_syntax.tsv`.
#[derive(Debug, Default)]
pub struct Syntax {
    /// Light verbs (`melakukan`).
    pub light_verbs: HashSet<String>,
    /// Clause boundaries (`bahwa`, `di mana`).
    pub boundaries: HashSet<String>,
    /// First words of multi-word boundaries (`di` of `di mana`).
    pub boundary_firsts: HashSet<String>,
    /// Purpose/serial links sharing the subject (`untuk`).
    pub purpose: HashSet<String>,
    /// Complementizers (`agar`).
    pub complements: HashSet<String>,
    /// Relative pronouns (`yang`).
    pub relatives: HashSet<String>,
    /// Free relatives (`what`): in `rejected what Peskov called
    /// accusations` the actor after it is the subject of the naming clause,
    /// not the verb's object (kind `free_relative`).
    pub free_relatives: HashSet<String>,
    /// Coordinators (`dan`).
    pub coords: HashSet<String>,
    /// Prepositions.
    pub preps: HashSet<String>,
    /// Passive agent markers (`oleh`).
    pub passive_agents: HashSet<String>,
    /// Passive auxiliaries (`was`).
    pub passive_aux: HashSet<String>,
    /// Determiners: a verb entry does not fire right after one (`a trade deal`).
    pub determiners: HashSet<String>,
    /// Agent nouns that may stand between a preposition and a name (`dengan tentara Australia`).
    pub agents: HashSet<String>,
    /// The owner of a nominal event may stand right before it (`the Russian
    /// attack`), as in English (kind `owner_left`).
    pub owner_left: bool,
    /// Prepositions after which a verb in `-ed` is a passive participle even
    /// without an auxiliary (`accused of`).
    pub participle_preps: HashSet<String>,
    /// Prepositions opening an absolute clause whose subject is the actor
    /// right after them and whose verb is a participle (`with Modi urging
    /// Jakarta to ...`): the actor is that verb's subject, not an object
    /// of the preposition.
    pub absolute_preps: HashSet<String>,
    /// Prepositions after which a nominal event belongs to the clause's
    /// subject (`Lammy spoke during a visit to Chad`: Lammy visits).
    pub subject_preps: HashSet<String>,
    /// Prepositions after which a word a verb entry matched is a noun (`in
    /// air strikes`, `amid attacks`): no finite verb, so no subject of its
    /// own; the clause's verb reports the act.
    pub noun_preps: HashSet<String>,
    /// Relational titles right before a person's name (`counterpart`,
    /// `mitranya`): `X and his counterpart Y` coordinates X and Y.
    pub title_words: HashSet<String>,
    /// Reporting verbs (`mengatakan`, `said`): their subject claims the clause after `bahwa`/`that`.
    pub reports: HashSet<String>,
    /// Singular personal pronouns.
    pub pronouns_sg: HashSet<String>,
    /// Plural pronouns.
    pub pronouns_pl: HashSet<String>,
    /// Object pronouns (`them`, `him`; also listed as singular or plural):
    /// the others are subject pronouns, which prefer an antecedent outside a
    /// prepositional phrase.
    pub pronouns_object: HashSet<String>,
    /// First-person pronouns (`kami`, `we`, `our`): inside a direct quote
    /// they refer to the quote's speaker.
    pub pronouns_speaker: HashSet<String>,
    /// Words opening a list of members set off by commas after a generic
    /// subject (`Sejumlah negara, termasuk Malaysia dan Filipina, ...`):
    /// the members are the subject.
    pub inclusives: HashSet<String>,
    /// Plural anaphors (`kedua negara`) as word sequences with the entity type they refer to.
    pub plural_anaphors: Vec<(Vec<String>, String)>,
    /// Words that mark a sentence as sports or game reporting (`laga`, `gol`),
    /// where attack, shoot and beat verbs are figurative: no event is coded in it.
    pub off_topic: HashSet<String>,
    /// Words that, right after a number pair (`8-10 Desember`, `3-5 persen`),
    /// make it a range rather than a match score.
    pub range_units: HashSet<String>,
    /// Demonstratives after an event noun (`serangan itu`): the phrase refers
    /// back to the last event of that type.
    pub demonstratives: HashSet<String>,
    /// Definite descriptions naming one earlier actor (`the bloc`, `the
    /// country`): words and what they refer to (`COUNTRY` = a country
    /// itself, else an actor-code prefix such as `IGO`).
    pub definite_anaphors: Vec<(Vec<String>, String)>,
    /// Every word an anaphor the view resolves can start with (pronouns,
    /// first words of plural and definite anaphors): other words are
    /// skipped with one lookup.
    pub anaphor_firsts: HashSet<String>,
    /// [`Syntax::anaphor_firsts`] as a first test (checked on every word).
    pub anaphor_first_filter: crate::word_filter::WordFilter,
    /// [`Syntax::off_topic`] as a first test (checked on every word).
    pub off_topic_filter: crate::word_filter::WordFilter,
    /// Definite determiners before an event noun (`the strikes`, `this
    /// decision`): the phrase may refer back to an earlier event.
    pub definites: HashSet<String>,
    /// Parenthetical words or phrases that may stand between commas between
    /// a subject and its verb (`Hungary, however, rejected ...`).
    pub parentheticals: HashSet<String>,
    /// Words opening an appositive set off by commas after a subject (`the`
    /// in `Kim Yo Jong, the sister of ..., said`; `known` in `Dagalo, known
    /// as Hemedti, welcomed`): the subject stands before it.
    pub appositive_opens: HashSet<String>,
    /// Contrastive coordinators joining two verbs of one subject (`but`,
    /// `tetapi`): the second verb shares the first one's subject.
    pub verb_coords: HashSet<String>,
    /// Sequential connectives (`lalu`, `kemudian`): after a comma or a
    /// coordinator (`..., lalu menahan`, `dan kemudian menyerahkan`) the
    /// verb is the next step of the same subject.
    pub sequences: HashSet<String>,
    /// Manner adverbs that may stand between a coordinator and its verb
    /// (`dan langsung menahan`, `lalu segera menyerahkan`).
    pub verb_adverbs: HashSet<String>,
    /// Phrases opened by a relative word that open no clause of their own
    /// (`pada hari yang sama`, `pekan yang lalu`): the subject search steps
    /// over them.
    pub not_relatives: Vec<Vec<String>>,
    /// Quantifiers that may stand between a preposition and its actor
    /// (`sanctions against three Chinese companies`, `terhadap dua perusahaan Myanmar`).
    pub quantifiers: HashSet<String>,
    /// Quantifiers that may float after their subject (`they would each
    /// send`, `both sides all agreed`): there they determine no noun.
    pub floating_quantifiers: HashSet<String>,
    /// Auxiliaries and modals a floating quantifier may follow (`would each`).
    pub floating_hosts: HashSet<String>,
    /// Affix classes of a verb with its own finite form (`ed`, `s`, `meN`):
    /// after a coordinator such a verb heads its own verb phrase, which a
    /// negation before the coordinator does not reach.
    pub finite_affixes: HashSet<String>,
    /// Endings of an owner in the possessive (`'s`): the word after
    /// `Iran's` is a noun (`Iran's call`), not a verb; a possessive that
    /// names no actor (`Monday's attack`) makes an event noun definite.
    pub possessives: HashSet<String>,
    /// Conjunctions opening a condition (`if`, `jika`): a threat's target is
    /// the subject of its condition.
    pub conditionals: HashSet<String>,
    /// Prepositions naming the owner of a verb's object noun (`calls by
    /// Belarus`, `positions of the army`, `bantuan dari AS`): that owner is the target.
    pub owner_preps: HashSet<String>,
    /// Prepositions joining a subject noun to the coordinated actors it
    /// stands for (`The leaders of Armenia and Azerbaijan signed ...`).
    pub member_preps: HashSet<String>,
    /// PLOVER types (upper case) not coded without a target in this language
    /// (a `target_required` row naming `ACCUSE`).
    pub target_required: HashSet<String>,
    /// PLOVER types of force events whose target may be the object of a
    /// purpose clause (`fired tear gas to disperse the protesters`; a
    /// `purpose_target` row naming `ASSAULT`).
    pub purpose_targets: HashSet<String>,
    /// PLOVER types of cooperative events that, promised or planned under a
    /// condition and naming no target, take the condition's subject as
    /// target (`ready to discuss all issues if New Delhi agreed`).
    pub condition_targets: HashSet<String>,
    /// PLOVER types whose object, when no actor, may be named by the place
    /// it stands at: that place's country is the target (`place_target`
    /// rows; `menyerang pos polisi di Intan Jaya`, see places.rs).
    pub place_targets: HashSet<String>,
    /// Prepositions linking an object to its place (`object_place` rows:
    /// `pengungsi di Bukavu`, `akses ke Uvira`).
    pub object_places: HashSet<String>,
    /// Prepositions after which a named country is a party to the act, not
    /// where it happens (`party_prep` rows: `relations with Montenegro`).
    pub party_preps: HashSet<String>,
    /// Words opening the clause of a reaction's cause, with the PLOVER
    /// types whose counterpart may stand in it (`reason_target` rows:
    /// `scrambled jets after Russian bombers flew close`).
    pub reason_targets: HashMap<String, Vec<String>>,
    /// Endings of a verb that, right after a comma, opens a participial
    /// clause sharing the main clause's subject (`-ing`: `..., warning that`).
    pub participle_clauses: Vec<String>,
    /// Words opening a serial clause that shares the main clause's subject
    /// (`seraya`, `sembari`: `..., seraya menuntut Israel membuka perlintasan`).
    pub serials: HashSet<String>,
    /// Prepositions naming the two sides of a relation (`antara X dan Y`):
    /// the parties a later `kedua pihak` in the sentence refers to.
    pub pair_preps: HashSet<String>,
    /// Nouns naming a go-between's part in an act (`mediasi`, `mediation`;
    /// kind `third_party`): in `berunding dengan mediasi Mesir` the owner
    /// of the noun helps the two sides, it is not the act's target.
    pub third_parties: HashSet<String>,
    /// Possessive pronouns that refer back like a pronoun (`its`, `their`:
    /// a non-person actor; `his`, `her`: a person), with an `owned_agent`
    /// noun after them (`its foreign ministry`, `her department`).
    pub possessive_pronouns: HashMap<String, bool>,
    /// Agent nouns a possessive pronoun may own (`ministry`, `forces`):
    /// the phrase stands for the pronoun's antecedent.
    pub owned_agents: HashSet<String>,
    /// Passive forms of light verbs (`digelar`, `dilakukan`): after a
    /// nominal event without owner (`Unjuk rasa itu digelar ratusan
    /// mahasiswa`), their agent is the event's source (kind `light_passive`).
    pub light_passives: HashSet<String>,
    /// Predicates saying that a nominal event takes place or is scheduled
    /// (`berlangsung`, `dijadwalkan`, `held`): a future cue between such a
    /// nominal subject and one of them (or a light passive) makes the event
    /// planned (`Pertemuan itu dijadwalkan berlangsung Senin`, `the talks
    /// will be held in Doha`).
    pub occur_predicates: HashSet<String>,
    /// Verbs whose object is a reaction to the clause before them (`drew`,
    /// `prompting`; kind `reaction_verb`; see `reaction.rs`).
    pub reaction_verbs: HashSet<String>,
    /// Prepositions naming who reacts (`from`; kind `reaction_agent`).
    pub reaction_agents: HashSet<String>,
    /// PLOVER types whose agentless passive (`Ketiganya kemudian ditahan`)
    /// takes as agent the party of the latest earlier act of these types on
    /// the same side (kind `agentless_type`; see `agentless.rs`).
    pub agentless_types: Vec<String>,
    /// PLOVER types whose agentless passive with security forces as its
    /// subject (`troops were deployed`) is those forces' own act (kind
    /// `self_agent_type`).
    pub self_agent_types: Vec<String>,
    /// PLOVER types whose agentless passive, when the story names no
    /// acting party, is the act of the authorities of the story's home
    /// country (`delapan warga telah dipulangkan`; kind `authority_type`;
    /// see `agentless.rs`).
    pub authority_types: Vec<String>,
}

impl Syntax {
    /// Reads the rows of `events_syntax.tsv` (kind, word, argument); unknown
    /// kinds are skipped so a newer data file still loads.
    pub fn load(rows: &[String]) -> Syntax {
        let mut s = Syntax::default();
        for row in rows {
            let cols: Vec<&str> = row.split('\t').map(str::trim).collect();
            if cols.len() < 2 {
                continue;
            }
            let word = cols[1].to_lowercase();
            let set = match cols[0] {
                "light_verb" => &mut s.light_verbs,
                "boundary" => &mut s.boundaries,
                "purpose" => &mut s.purpose,
                "complement" => &mut s.complements,
                "relative" => &mut s.relatives,
                "free_relative" => &mut s.free_relatives,
                "coord" => &mut s.coords,
                "prep" => &mut s.preps,
                "passive_agent" => &mut s.passive_agents,
                "passive_aux" => &mut s.passive_aux,
                "determiner" => &mut s.determiners,
                "agent" => &mut s.agents,
                "subject_prep" => &mut s.subject_preps,
                "noun_prep" => &mut s.noun_preps,
                "title_word" => &mut s.title_words,
                "participle_prep" => &mut s.participle_preps,
                "absolute_prep" => &mut s.absolute_preps,
                "owner_left" => {
                    s.owner_left = true;
                    continue;
                }
                "report" => &mut s.reports,
                "parenthetical" => &mut s.parentheticals,
                "appositive_open" => &mut s.appositive_opens,
                "verb_coord" => &mut s.verb_coords,
                "sequence" => &mut s.sequences,
                "verb_adverb" => &mut s.verb_adverbs,
                "not_relative" => {
                    s.not_relatives
                        .push(word.split_whitespace().map(String::from).collect());
                    continue;
                }
                "serial" => &mut s.serials,
                "pair_prep" => &mut s.pair_preps,
                "third_party" => &mut s.third_parties,
                "quantifier" => &mut s.quantifiers,
                "floating_quantifier" => &mut s.floating_quantifiers,
                "floating_host" => &mut s.floating_hosts,
                "finite_affix" => {
                    s.finite_affixes.insert(cols[1].to_string());
                    continue;
                }
                "possessive" => &mut s.possessives,
                "conditional" => &mut s.conditionals,
                "owner_prep" => &mut s.owner_preps,
                "member_prep" => &mut s.member_preps,
                "target_required" => {
                    s.target_required.insert(cols[1].to_uppercase());
                    continue;
                }
                "purpose_target" => {
                    s.purpose_targets.insert(cols[1].to_uppercase());
                    continue;
                }
                "condition_target" => {
                    s.condition_targets.insert(cols[1].to_uppercase());
                    continue;
                }
                "place_target" => {
                    s.place_targets.insert(cols[1].to_uppercase());
                    continue;
                }
                "object_place" => &mut s.object_places,
                "party_prep" => &mut s.party_preps,
                "reason_target" => {
                    let types = cols.get(2).map_or("", |x| *x).split(',');
                    s.reason_targets
                        .entry(word)
                        .or_default()
                        .extend(types.map(|x| x.trim().to_uppercase()));
                    continue;
                }
                "participle_clause" => {
                    s.participle_clauses.push(word);
                    continue;
                }
                "pronoun_sg" => &mut s.pronouns_sg,
                "pronoun_pl" => &mut s.pronouns_pl,
                "possessive_pronoun" => {
                    let person = cols.get(2).is_some_and(|a| *a == "person");
                    s.possessive_pronouns.insert(word, person);
                    continue;
                }
                "owned_agent" => &mut s.owned_agents,
                "light_passive" => &mut s.light_passives,
                "occur" => &mut s.occur_predicates,
                "reaction_verb" => &mut s.reaction_verbs,
                "reaction_agent" => &mut s.reaction_agents,
                "agentless_type" => {
                    s.agentless_types.push(cols[1].to_uppercase());
                    continue;
                }
                "self_agent_type" => {
                    s.self_agent_types.push(cols[1].to_uppercase());
                    continue;
                }
                "authority_type" => {
                    s.authority_types.push(cols[1].to_uppercase());
                    continue;
                }
                "pronoun_object" => &mut s.pronouns_object,
                "pronoun_speaker" => &mut s.pronouns_speaker,
                "inclusive" => &mut s.inclusives,
                "off_topic" => &mut s.off_topic,
                "range_unit" => &mut s.range_units,
                "demonstrative" => &mut s.demonstratives,
                "definite" => &mut s.definites,
                "definite_anaphor" => {
                    let want = cols.get(2).copied().unwrap_or("COUNTRY").to_string();
                    s.definite_anaphors
                        .push((word.split_whitespace().map(String::from).collect(), want));
                    continue;
                }
                "plural_anaphor" => {
                    let ty = cols.get(2).copied().unwrap_or("LOCATION").to_string();
                    s.plural_anaphors
                        .push((word.split_whitespace().map(String::from).collect(), ty));
                    continue;
                }
                _ => continue,
            };
            set.insert(word);
        }
        s.anaphor_firsts = (s.pronouns_speaker.iter())
            .chain(&s.pronouns_sg)
            .chain(&s.pronouns_pl)
            .chain(s.plural_anaphors.iter().filter_map(|(ws, _)| ws.first()))
            .chain(s.definite_anaphors.iter().filter_map(|(ws, _)| ws.first()))
            .cloned()
            .collect();
        s.anaphor_first_filter = crate::word_filter::WordFilter::new(&s.anaphor_firsts);
        s.off_topic_filter = crate::word_filter::WordFilter::new(&s.off_topic);
        s.boundary_firsts = s
            .boundaries
            .iter()
            .filter_map(|b| b.split_once(' ').map(|(first, _)| first.to_string()))
            .collect();
        s
    }
}
