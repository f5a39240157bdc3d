//! Messages of assessment sessions (`api::session`): the rules an event must pass, references
//! to the roster and the committee, seals and publication, and snapshots checked against their
//! own log.

#[cfg(test)]
use super::Sample;
use super::{Fact, Named};
use crate::base::decimal::Decimal;
use crate::base::lang::Lang;
use std::fmt;

/// A text the engine already has in both languages (another problem's message, quoted).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Said {
    /// The English text.
    pub en: String,
    /// The Chinese text.
    pub zh: String,
}

impl Fact for Said {
    fn write_fact(&self, lang: Lang, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        out.write_str(if lang == Lang::Zh { &self.zh } else { &self.en })
    }
}

#[cfg(test)]
impl Sample for Said {
    fn sample() -> Self {
        Said { en: "the number is not finite".to_owned(), zh: "数值须为有限数".to_owned() }
    }
}

nouns! {
    /// What needs a reason.
    ReasonFor {
        /// Withdrawing a sign-off.
        WithdrawSignOff = "withdrawing a sign-off", "撤回签字确认须说明理由";
        /// A recusal.
        Recusal = "a recusal (回避) states its reason", "回避须说明理由";
        /// Amending a decided incident.
        AmendDecided = "amending a decided incident sets its decision aside", "修改已作出决定的事件会撤销该决定，须说明理由";
        /// Deciding an incident again.
        DecideAgain = "deciding an incident again", "重新决定事件须说明理由";
    }
}

messages! {
    /// What an assessment session refuses, and why.
    SessionMsg {
        /// An event without the reason it needs.
        ReasonRequired { why: ReasonFor } = "a reason is required: {why}", "{why}";
        /// An event after publication.
        Published { at: String, actor: String } =
            "the result was published at {at} by `{actor}`: no more changes",
            "考核结果已于 {at} 由「{actor}」公布，不能再作改动";
        /// Time going backwards.
        TimeBackwards { at: String, last: String } =
            "{at} is before the session's last event ({last})",
            "时间 {at} 早于本次考评上一事件的时间（{last}）";
        /// An actor who is not a committee member.
        NotAMember { id: String } =
            "`{id}` is not a member of the committee", "「{id}」不是评议委员会成员";
        /// An actor who is not a person.
        NotAPerson { id: String } =
            "`{id}` is not a person: name who acted (谁签字谁负责)",
            "「{id}」不是具体的人：请写明由谁操作（谁签字谁负责）";
        /// An edit after a seal without a reason.
        SealedNeedsReason { kind: String } =
            "the result is sealed: `{kind}` needs a reason", "考核结果已封存：封存后的改动须说明理由";
        /// An officer not on the roster.
        NotOnRoster { officer: String } =
            "officer `{officer}` is not on the roster", "人员「{officer}」不在本次考评名单中";
        /// Someone acting on another member's sheet.
        OwnSheetOnly { id: String, actor: String } =
            "only `{id}` can do this on their own sheet, not `{actor}`",
            "只有「{id}」本人能对自己的评分表这样做，「{actor}」不能";
        /// An occurrence an incident links.
        OccurrenceLinked { occurrence: String, incident: String } =
            "occurrence `{occurrence}` is linked by incident `{incident}`",
            "事项记录「{occurrence}」已被事件「{incident}」关联";
        /// An occurrence the officer does not have.
        NoRecord { officer: String, record: String } =
            "officer `{officer}` has no record `{record}`",
            "人员「{officer}」没有案件记录「{record}」";
        /// An occurrence the officer does not have.
        NoOccurrence { officer: String, occurrence: String } =
            "officer `{officer}` has no occurrence `{occurrence}`",
            "人员「{officer}」没有事项记录「{occurrence}」";
        /// A member without a sheet.
        NoSheetToSign { member: String } = "`{member}` has no sheet to sign", "「{member}」没有可签字的评分表";
        /// A sheet signed twice.
        AlreadySigned { member: String } =
            "the sheet of `{member}` is already signed", "「{member}」的评分表已签字确认";
        /// A withdrawal of a sheet not signed.
        NotSigned { member: String } = "the sheet of `{member}` is not signed", "「{member}」的评分表尚未签字确认";
        /// An invalid officer id.
        InvalidOfficerId { id: String } = "invalid officer id `{id}`", "人员编号「{id}」不合规则";
        /// An officer added twice.
        AlreadyOnRoster { officer: String } =
            "officer `{officer}` is already on the roster", "人员「{officer}」已在本次考评名单中";
        /// A bulk load without officers.
        NoOfficersToAdd = "no officers to add", "没有要添加的人员";
        /// A roster over the cohort limit.
        TooManyOfficers { max: usize } = "at most {max} officers in one cohort", "一批考核最多 {max} 名人员";
        /// An officer twice in one bulk load.
        OfficerTwice { officer: String } = "officer `{officer}` appears twice", "人员「{officer}」出现了两次";
        /// An officer rated on a signed sheet.
        RatedOnSignedSheet { rater: String, officer: String } =
            "the signed sheet of `{rater}` rates `{officer}`: withdraw the sign-off first",
            "「{rater}」已签字确认的评分表对「{officer}」有评分：须先撤回签字确认";
        /// An officer an incident concerns.
        IncidentConcerns { incident: String, officer: String } =
            "incident `{incident}` concerns `{officer}`", "事件「{incident}」涉及「{officer}」";
        /// An input the officer does not have.
        NoInput { officer: String, key: Named } =
            "officer `{officer}` has no input `{key}`", "人员「{officer}」没有输入项{key}";
        /// An invalid member id.
        InvalidMemberId { id: String } = "invalid member id `{id}`", "成员编号「{id}」不合规则";
        /// A member added twice.
        AlreadyAMember { id: String } = "`{id}` is already a member", "「{id}」已是评议委员会成员";
        /// A signed member removed.
        SignedSheet { id: String } =
            "the sheet of `{id}` is signed: withdraw the sign-off first",
            "「{id}」的评分表已签字确认：须先撤回签字确认";
        /// A recusal twice.
        AlreadyRecused { id: String, officer: String } =
            "`{id}` is already recused from `{officer}`", "「{id}」已对「{officer}」回避";
        /// A recusal after a rating.
        RatedBeforeRecusal { id: String, officer: String } =
            "`{id}` has already rated `{officer}`: clear the rating before recusing",
            "「{id}」已对「{officer}」评分：须先清除评分再回避";
        /// An indicator the scheme does not have.
        NoIndicator { indicator: String } =
            "the scheme has no indicator `{indicator}`", "考核方案中没有指标「{indicator}」";
        /// An indicator the member does not rate.
        DoesNotRate { id: String, indicator: Named } =
            "`{id}` does not rate indicator `{indicator}`", "「{id}」不负责评议指标{indicator}";
        /// A rating of an officer the member is recused from.
        RecusedFrom { id: String, officer: String } =
            "`{id}` is recused from rating `{officer}`", "「{id}」已回避，不能对「{officer}」评分";
        /// A rating outside the indicator's range.
        RatingRange { value: Decimal, max: Decimal, indicator: Named } =
            "rating {value} is outside 0–{max} of indicator `{indicator}`",
            "评分 {value} 超出指标{indicator}的 0–{max} 分范围";
        /// A member without a sheet.
        NoSheet { id: String } = "no sheet of `{id}`", "没有「{id}」的评分表";
        /// A change to a signed sheet.
        SheetLocked { id: String } =
            "the sheet of `{id}` is signed (已签字确认): withdraw the sign-off with a reason to change it",
            "「{id}」的评分表已签字确认：须说明理由撤回签字确认后才能修改";
        /// A rating to clear that was not given.
        NotRated { id: String, officer: String, indicator: Named } =
            "`{id}` has not rated `{officer}` on `{indicator}`", "「{id}」未就指标{indicator}对「{officer}」评分";
        /// An incident recorded twice.
        IncidentTwice { incident: String } =
            "incident `{incident}` is already recorded", "事件「{incident}」已登记";
        /// An incident that is not recorded.
        NoIncident { incident: String } = "no incident `{incident}`", "没有事件「{incident}」";
        /// An amendment moving an incident to another officer.
        IncidentOfficer { incident: String, recorded: String, given: String } =
            "incident `{incident}` concerns `{recorded}`, not `{given}`",
            "事件「{incident}」涉及的是「{recorded}」，不是「{given}」";
        /// A seal of an empty roster.
        NothingToSeal = "nothing to seal: the roster is empty", "名单为空，没有可封存的结果";
        /// A publication without a seal.
        SealFirst = "seal the result before publishing it", "公布前须先封存考核结果";
        /// A publication of a result changed since its seal.
        ChangedSinceSeal { seq: u64 } =
            "the result changed since the seal of event {seq}: seal it again first",
            "考核结果在第 {seq} 个事件封存后有变动：须重新封存";
        /// The live result lost officers (an engine fault).
        ResultMissesOfficers = "the cohort result misses officers", "本批考核结果缺少人员";
        /// A log entry with the wrong sequence number.
        LogSeq { entry: usize, seq: u64, expected: u64 } =
            "entry {entry} has sequence number {seq} instead of {expected}",
            "日志第 {entry} 条的序号为 {seq}，应为 {expected}";
        /// A log entry not linked to the one before.
        LogLink { entry: usize } =
            "entry {entry} is not linked to the entry before it", "日志第 {entry} 条未与前一条相衔接";
        /// A log entry edited after it was recorded.
        LogHash { entry: usize } =
            "entry {entry} was changed after it was recorded", "日志第 {entry} 条在记录后被改动";
        /// A change kind without a rule.
        NoRule { kind: String } = "no rule for `{kind}`", "没有适用于「{kind}」的规则";
        /// A snapshot of another format.
        SnapshotFormat { format: u32, expected: u32 } =
            "snapshot format {format} is not {expected}", "快照格式 {format} 不是 {expected}";
        /// A snapshot whose log does not replay.
        LogDoesNotReplay { problem: Said, code: String } =
            "the log does not replay: {problem} ({code})", "日志无法重放：{problem}（{code}）";
        /// A snapshot whose state is not its log's.
        StateDiffers { field: String } =
            "the state's `{field}` is not what its log gives", "快照状态中的「{field}」与其日志重放的结果不符";
        /// A snapshot whose fingerprint is not its session's.
        FingerprintDiffers =
            "the fingerprint is not the session's", "快照的指纹与重放所得的考评不符";
    }
}
