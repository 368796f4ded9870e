package juesuan.model;

import java.time.LocalDateTime;

/**
 * One entry of a report's 定稿 log: the report was marked final (a new version, with the digest of its data) or
 * unlocked again (with the reason). The log only grows; it is shown in the 单位情况 tab and printed nowhere.
 *
 * @param kind    定稿 or 解除定稿
 * @param at      when, local time of the machine, to the second
 * @param osUser  the operating-system account that did it
 * @param person  the name the officer typed
 * @param version the version number: raised by each 定稿; an unlock names the version it unlocked
 * @param digest  SHA-256 (hex) of the report's canonical data at that moment
 * @param reason  why it was unlocked (empty for a 定稿)
 */
public record FinalEvent(Kind kind, LocalDateTime at, String osUser, String person, int version, String digest, String reason) {
    public enum Kind { FINALIZE, UNLOCK }

    public FinalEvent {
        osUser = osUser == null ? "" : osUser;
        person = person == null ? "" : person;
        digest = digest == null ? "" : digest;
        reason = reason == null ? "" : reason;
        at = at.withNano(0);
    }
}
