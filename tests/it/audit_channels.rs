//! Which channel each guild's audit trail is posted to, on real SQLite databases.

const GUILD_A: u64 = 1_111_111_111_111_111_111;
const GUILD_B: u64 = 2_222_222_222_222_222_222;
const MEMBER: u64 = 9_000_000_000_000_000_001;
const CHANNEL_1: u64 = 3_333_333_333_333_333_331;
const CHANNEL_2: u64 = 3_333_333_333_333_333_332;

crate::on_both_databases! {
    async fn a_guild_has_at_most_one_audit_channel_which_can_be_replaced_and_cleared(store) {
        assert_eq!(store.audit_channel(GUILD_A).await.unwrap(), None);
        store
            .set_audit_channel(GUILD_A, CHANNEL_1, MEMBER)
            .await
            .unwrap();
        store
            .set_audit_channel(GUILD_A, CHANNEL_2, MEMBER)
            .await
            .unwrap();
        assert_eq!(store.audit_channel(GUILD_A).await.unwrap(), Some(CHANNEL_2));
        assert_eq!(store.audit_channel(GUILD_B).await.unwrap(), None);
        assert_eq!(
            store.clear_audit_channel(GUILD_A).await.unwrap(),
            Some(CHANNEL_2)
        );
        assert_eq!(store.clear_audit_channel(GUILD_A).await.unwrap(), None);
        assert_eq!(store.audit_channel(GUILD_A).await.unwrap(), None);
    }
}

crate::on_both_databases! {
    async fn leaving_a_guild_forgets_its_audit_channel_only(store) {
        store
            .set_audit_channel(GUILD_A, CHANNEL_1, MEMBER)
            .await
            .unwrap();
        store
            .set_audit_channel(GUILD_B, CHANNEL_2, MEMBER)
            .await
            .unwrap();
        store.forget_guild(GUILD_A).await.unwrap();
        assert_eq!(store.audit_channel(GUILD_A).await.unwrap(), None);
        assert_eq!(store.audit_channel(GUILD_B).await.unwrap(), Some(CHANNEL_2));
    }
}

crate::on_both_databases! {
    async fn a_deleted_channel_is_cleared_only_while_it_is_still_the_one_picked(store) {
        store
            .set_audit_channel(GUILD_A, CHANNEL_2, MEMBER)
            .await
            .unwrap();
        // CHANNEL_1 was deleted, but an admin had already moved the trail to CHANNEL_2.
        assert!(
            !store
                .clear_audit_channel_if(GUILD_A, CHANNEL_1)
                .await
                .unwrap()
        );
        assert_eq!(store.audit_channel(GUILD_A).await.unwrap(), Some(CHANNEL_2));
        assert!(
            store
                .clear_audit_channel_if(GUILD_A, CHANNEL_2)
                .await
                .unwrap()
        );
        assert_eq!(store.audit_channel(GUILD_A).await.unwrap(), None);
    }
}
