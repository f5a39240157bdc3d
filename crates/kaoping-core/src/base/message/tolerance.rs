//! Messages of tolerance policies, incidents and histories (容错纠错).

use super::Noun;
use crate::base::date::Date;
use crate::base::decimal::Decimal;

messages! {
    /// What is wrong with a tolerance policy, incident or history.
    ToleranceMsg {
        /// A policy schema version this engine does not read.
        SchemaVersion { given: u32, expected: u32 } =
            "schemaVersion {given} is not supported (expected {expected})",
            "容错政策格式版本 {given} 不受支持（应为 {expected}）";
        /// An id that is not valid.
        BadId { what: Noun, id: String } = "invalid {what} id `{id}`", "{what}标识「{id}」无效";
        /// The policy id is not valid.
        PolicyId { id: String } = "invalid policy id `{id}`", "容错政策标识「{id}」无效";
        /// The incident id is not valid.
        IncidentId { id: String } = "invalid incident id `{id}`", "事件编号「{id}」无效";
        /// The officer id is not valid.
        OfficerId { id: String } = "invalid officer id `{id}`", "人员标识「{id}」无效";
        /// The kind of error is not valid.
        KindId { kind: String } = "invalid kind `{kind}`", "错误类型标识「{kind}」无效";
        /// The occurrence id is not valid.
        OccurrenceId { id: String } = "invalid occurrence id `{id}`", "事项记录标识「{id}」无效";
        /// An empty policy version.
        EmptyVersion = "the policy version is empty", "容错政策版本为空";
        /// Too many rules.
        TooManyRules { max: usize } = "more than {max} rules", "规则超过 {max} 条";
        /// A rule id used twice.
        RuleTwice { id: String } = "rule id `{id}` is used twice", "规则标识「{id}」重复使用";
        /// Conditions nest too deep.
        TooDeep { max: usize } = "conditions nest deeper than {max}", "条件嵌套超过 {max} 层";
        /// A share kept outside [0, 1].
        Share { value: Decimal } = "the share kept must be in [0, 1], not {value}", "保留比例须在 [0, 1] 之内，而非 {value}";
        /// 减轻 keeps more than 从轻.
        Shares { mitigated: Decimal, lighter: Decimal } =
            "减轻 keeps {mitigated} of a deduction, more than 从轻 ({lighter}): 减轻 must be at least as lenient",
            "减轻处理保留扣分的 {mitigated}，多于从轻处理的 {lighter}：减轻须至少与从轻同样宽缓";
        /// The default correction period outside 1–3650 days.
        DefaultDays = "the default correction period must be 1–3650 days", "默认整改期限须为 1–3650 天";
        /// No default correction action.
        NoDefaultAction = "no default correction action", "没有默认整改措施";
        /// A time bar of zero days.
        TimeBar = "the time bar must be at least one day", "追溯时限至少为一天";
        /// An empty text.
        EmptyText = "the text is empty", "文字为空";
        /// A text too long.
        TextTooLong { max: usize } = "longer than {max} characters", "超过 {max} 个字符";
        /// An empty list.
        EmptyList = "the list is empty", "清单为空";
        /// Too many items.
        TooManyItems { max: usize } = "more than {max} items", "清单项超过 {max} 项";
        /// An item id that is not valid.
        ItemId { id: String } = "invalid item id `{id}`", "清单项标识「{id}」无效";
        /// An item id used twice.
        ItemTwice { id: String } = "item id `{id}` is used twice", "清单项标识「{id}」重复使用";
        /// An item without source.
        ItemUnsourced { id: String } = "item `{id}` has no source", "清单项「{id}」未注明依据";
        /// all/any without conditions.
        NoCondition { key: String } = "`{key}` needs at least one condition", "（{key}）至少需要一个条件";
        /// A fact condition names a precondition.
        FactIsPrecondition { id: String } =
            "`{id}` is a precondition: use {{\"precondition\": \"{id}\"}}",
            "「{id}」是前提条件：请写作（{{\"precondition\": \"{id}\"}}）";
        /// A fact condition names no list item.
        NoListItem { id: String } = "no list item `{id}`", "没有清单项「{id}」";
        /// A precondition condition names no precondition.
        NoPrecondition { id: String } = "no precondition `{id}`", "没有前提条件「{id}」";
        /// A comparison with a value the field cannot have.
        NotAValue { value: String, field: String } =
            "`{value}` is not a value of {field}", "「{value}」不是（{field}）可取的值";
        /// Responsibility classes compared by order.
        Unordered =
            "responsibility classes are not ordered: use eq or ne",
            "责任类别没有先后顺序：只能比较相等或不等（eq, ne）";
        /// A rule exempts a negative-list fact.
        NegativeExempt =
            "a rule may not exempt (免责) an incident with a negative-list fact",
            "规则不得对具有负面清单情形的事件免责";
        /// A rule grants leniency to a repeated error.
        Repeat =
            "a rule may not grant leniency to the same error repeated after an earlier tolerated one",
            "规则不得对已获容错后再犯的同类错误从宽处理";
        /// A rule tolerates intent.
        Intent =
            "a rule may not tolerate illegal handling by intent (故意)",
            "规则不得对故意违法办案予以容错";
        /// A rule reclassifies a quality flaw.
        Reclassify =
            "a rule may not turn a quality flaw into illegal-handling responsibility (by accumulation or otherwise)",
            "规则不得把案件质量瑕疵（无论是否累计）认定为违法办案责任";
        /// A rule counts recorded interference against the officer.
        Protected =
            "recording outside interference (三个规定) may only lead to 免责, never count against the officer",
            "如实记录过问干预案件情况（三个规定）只能作为免责情形，不得作为不利于办案人员的依据";
        /// Illegal handling without culpability.
        NoCulpability =
            "illegal handling needs a culpability (intentional / grossNegligence / generalNegligence)",
            "违法办案须认定主观过错（故意、重大过失或一般过失）";
        /// A quality flaw with culpability.
        FlawCulpability =
            "a quality flaw has no culpability finding: culpability belongs to illegal handling",
            "案件质量瑕疵不认定主观过错：主观过错只适用于违法办案";
        /// An incident names an unknown precondition.
        UnknownPrecondition { id: String } =
            "the policy has no precondition `{id}`", "容错政策没有前提条件「{id}」";
        /// Too many facts or links.
        TooManyFacts { max: usize } =
            "more than {max} facts or linked occurrences", "事实或关联事项记录超过 {max} 项";
        /// A fact that is a precondition.
        FactPrecondition { id: String } =
            "`{id}` is a precondition: list it under `preconditions`",
            "「{id}」是前提条件：请列在前提条件中（preconditions）";
        /// A fact of no list item.
        UnknownFact { id: String } = "the policy has no list item `{id}`", "容错政策没有清单项「{id}」";
        /// A fact claimed twice.
        FactTwice { id: String } = "fact `{id}` is claimed twice", "情形「{id}」被主张了两次";
        /// A fact without evidence.
        NoEvidence { id: String } = "fact `{id}` has no evidence", "情形「{id}」没有证据";
        /// An occurrence linked twice.
        LinkedTwice { id: String } = "occurrence `{id}` is linked twice", "事项记录「{id}」被关联了两次";
        /// Too many actions.
        TooManyActions { max: usize } = "more than {max} actions", "整改措施超过 {max} 项";
        /// A deadline before the incident.
        DeadlineBefore = "the correction deadline is before the incident", "整改期限早于事件发生日期";
        /// A completion before the incident.
        CompletedBefore =
            "the correction was completed before the incident", "整改完成日期早于事件发生日期";
        /// Too many earlier incidents.
        TooManyEarlier { max: usize } = "more than {max} earlier incidents", "既往事件超过 {max} 件";
        /// The history holds the incident itself.
        HistorySelf { id: String } =
            "the history contains the incident `{id}` itself", "既往事件中包含本事件「{id}」";
        /// An incident twice in the history.
        HistoryTwice { id: String } =
            "incident `{id}` is in the history twice", "事件「{id}」在既往事件中出现了两次";
        /// The as-of date before the incident.
        AsOfBefore { as_of: Date, incident: Date } =
            "the as-of date {as_of} is before the incident ({incident})",
            "决定所依据的日期 {as_of} 早于事件发生日期（{incident}）";
        /// A reopening of a decision about another incident.
        ReopenOther { previous: String, incident: String } =
            "the earlier decision is about `{previous}`, not `{incident}`",
            "原决定针对的是事件「{previous}」，而非「{incident}」";
        /// A reopening without new evidence.
        NoNewEvidence =
            "a decision is reopened only with new evidence", "只有出现新证据才能重新作出决定";
        /// An empty reason for reopening.
        NoReason = "the reason for reopening is empty", "重新决定的理由为空";
        /// A reopening before the earlier decision.
        ReopenBefore =
            "the reopening is dated before the earlier decision", "重新决定的日期早于原决定";
        /// The as-of date before the reopening.
        AsOfBeforeReopen = "the as-of date is before the reopening", "决定所依据的日期早于重新决定的日期";
        /// A reopening past the time bar.
        TimeBarred { elapsed: i64, days: u32 } =
            "{elapsed} days after the incident, past the {days}-day time bar (only wrongful cases are lifelong)",
            "距事件已过 {elapsed} 天，超过 {days} 天的追溯时限（只有错案终身追责）";
        /// A decision about another officer.
        OtherOfficer { incident: String, officer: String, dossier: String } =
            "decision `{incident}` is about officer `{officer}`, not `{dossier}`",
            "容错决定「{incident}」针对的是人员「{officer}」，而非「{dossier}」";
        /// A waiver of an occurrence the dossier does not have.
        NoOccurrence { id: String } =
            "the dossier has no occurrence `{id}`", "考核材料中没有事项记录「{id}」";
        /// A waiver of an occurrence that is not a deduction or veto.
        NotDeduction { id: String, item: String } =
            "occurrence `{id}` is item `{item}`, not a deduction or veto",
            "事项记录「{id}」对应清单项「{item}」，不是扣分项或否决项";
        /// An occurrence decided twice.
        DecidedTwice { id: String, first: usize } =
            "occurrence `{id}` is already decided by decisions[{first}]",
            "事项记录「{id}」已由第 {first} 号容错决定处理（decisions[{first}]）";
        /// No built-in policy of that id.
        NoBuiltinPolicy { id: String } =
            "no built-in tolerance policy `{id}`", "没有内置容错政策「{id}」";
    }
}
