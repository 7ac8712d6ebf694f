//! How facts refer to each other once every extractor has run: a quote's speaker is an entity
//! when one of the entity's mentions is the speaker's name (or holds it, or sits inside it).

use crate::engine::digest::Digest;
use crate::engine::extract::quotes::Quote;

/// Index into [`Digest::entities`] of the entity who speaks `quote`, if the panel knows them.
pub fn speaker_entity(digest: &Digest, quote: &Quote) -> Option<usize> {
    let name = quote.speaker.as_ref()?.name?;
    digest
        .entities
        .iter()
        .position(|e| e.mentions.iter().any(|m| m.span.contains(name) || name.contains(m.span)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Options, digest};

    #[test]
    fn a_named_speaker_is_the_entity_and_a_role_alone_is_not() {
        let text = "Storm hits coast\n\nLONDON (Reuters) - \"We are ready,\" said Mayor Ann Lee. \
                    \"It will pass,\" said a spokesman.";
        let d = digest(text, &Options::default());
        let linked: Vec<Option<&str>> = d
            .quotes
            .iter()
            .map(|q| speaker_entity(&d, q).map(|i| d.entities[i].name.as_str()))
            .collect();
        assert_eq!(linked, [Some("Ann Lee"), None]);
    }
}
