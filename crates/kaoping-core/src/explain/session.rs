//! Session events and result changes worded for people (操作记录): "修改 P-003 张三 的 审限内结案数：
//! 175 → 180". The api layer gathers the facts of each event (names and titles as they were
//! then, the value before) into an [`EventFact`]; [`event_text`] words it in Chinese or English,
//! and [`standing_text`] words one officer's change of standing (total, grade, rank).

use crate::base::date::Date;
use crate::base::decimal::Decimal;
use crate::base::lang::Lang;
use crate::explain::wording::{join_owned, pick};

/// A person or officer named by id and name: `P-003 张三`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Named<'a> {
    /// Id.
    pub(crate) id: &'a str,
    /// Name (empty: unknown).
    pub(crate) name: &'a str,
}

impl Named<'_> {
    fn text(&self) -> String {
        if self.name.is_empty() {
            self.id.to_owned()
        } else {
            format!("{} {}", self.id, self.name)
        }
    }
}

/// A scheme item named by id and its titles: `CX04 公众满意度` (an empty id: the title alone).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Titled<'a> {
    /// Id or key.
    pub(crate) id: &'a str,
    /// Chinese title (empty: unknown).
    pub(crate) zh: &'a str,
    /// English title.
    pub(crate) en: Option<&'a str>,
}

impl Titled<'_> {
    fn text(&self, lang: Lang) -> String {
        let title = pick(lang, self.zh, self.en.unwrap_or(self.zh));
        if title.is_empty() {
            self.id.to_owned()
        } else if self.id.is_empty() {
            title.to_owned()
        } else {
            format!("{} {title}", self.id)
        }
    }
}

/// A field of an officer's roster entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum OfficerField {
    /// Name.
    Name,
    /// Unit.
    Unit,
    /// Post.
    Post,
}

/// A part of a tolerance incident.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum IncidentField {
    /// What happened.
    Description,
    /// Kind of error.
    Kind,
    /// Date.
    Date,
    /// Responsibility class and culpability.
    Responsibility,
    /// Preconditions.
    Preconditions,
    /// Claimed list facts and their evidence.
    Facts,
    /// Linked occurrences.
    Linked,
    /// Correction.
    Correction,
    /// Wrongful-case and interference flags.
    Flags,
}

impl IncidentField {
    fn label(self, lang: Lang) -> &'static str {
        let (zh, en) = match self {
            IncidentField::Description => ("情况说明", "description"),
            IncidentField::Kind => ("差错类型", "kind"),
            IncidentField::Date => ("日期", "date"),
            IncidentField::Responsibility => ("责任类型", "responsibility"),
            IncidentField::Preconditions => ("前提条件", "preconditions"),
            IncidentField::Facts => ("清单事实", "list facts"),
            IncidentField::Linked => ("关联扣分", "linked occurrences"),
            IncidentField::Correction => ("纠错措施", "correction"),
            IncidentField::Flags => ("错案与干预记录", "wrongful-case and interference flags"),
        };
        pick(lang, zh, en)
    }
}

/// The facts of one session event, as the api gathered them.
#[derive(Clone, Debug)]
pub(crate) enum EventFact<'a> {
    /// One officer added.
    OfficerAdded { officer: Named<'a> },
    /// Officers added in bulk (first and last in the batch).
    OfficersAdded { count: usize, first: Named<'a>, last: Named<'a> },
    /// Roster fields changed: (field, before, after).
    OfficerUpdated { officer: Named<'a>, changes: Vec<(OfficerField, String, String)> },
    /// Officer removed.
    OfficerRemoved { officer: Named<'a> },
    /// An input set or cleared.
    InputSet { officer: Named<'a>, input: Titled<'a>, before: Option<Decimal>, after: Option<Decimal> },
    /// An occurrence added.
    OccurrenceAdded {
        officer: Named<'a>,
        item: Titled<'a>,
        date: Date,
        count: u32,
        reference: Option<&'a str>,
    },
    /// An occurrence removed.
    OccurrenceRemoved { officer: Named<'a>, occurrence: &'a str, item: Option<Titled<'a>> },
    /// A case record added or replaced.
    RecordUpserted { officer: Named<'a>, record: &'a str },
    /// A case record removed.
    RecordRemoved { officer: Named<'a>, record: &'a str },
    /// A member added, with their role's label.
    MemberAdded { member: Named<'a>, role: &'a str },
    /// A member removed.
    MemberRemoved { member: Named<'a> },
    /// A member recused from an officer.
    Recused { member: Named<'a>, officer: Named<'a> },
    /// A rating given, changed or removed.
    Rated {
        member: Named<'a>,
        officer: Named<'a>,
        indicator: Titled<'a>,
        before: Option<Decimal>,
        after: Option<Decimal>,
    },
    /// A sheet signed.
    Signed { member: Named<'a> },
    /// A sign-off withdrawn.
    Withdrawn { member: Named<'a> },
    /// An incident recorded.
    IncidentRecorded { incident: &'a str, officer: Named<'a>, date: Date },
    /// An incident amended (the parts changed).
    IncidentUpdated { incident: &'a str, officer: Named<'a>, fields: Vec<IncidentField> },
    /// An incident decided (the outcome when known).
    Decided { incident: &'a str, officer: Named<'a>, outcome: Option<&'a str> },
    /// The result sealed.
    Sealed { officers: usize },
    /// The sealed result published.
    Published,
    /// The organisation declared: so many units and posts.
    OrganisationSet { units: usize, posts: usize },
}

fn value(v: Option<Decimal>, lang: Lang) -> String {
    v.map_or_else(|| pick(lang, "（空）", "(none)").to_owned(), |d| d.to_string())
}

/// The event worded in `lang`.
pub(crate) fn event_text(lang: Lang, fact: &EventFact<'_>) -> String {
    roster_text(lang, fact).unwrap_or_else(|| committee_text(lang, fact))
}

/// A roster or dossier event worded (`None`: another kind of event).
fn roster_text(lang: Lang, fact: &EventFact<'_>) -> Option<String> {
    let zh = lang == Lang::Zh;
    Some(match fact {
        EventFact::OfficerAdded { officer } => {
            format!("{}{}", pick(lang, "添加人员 ", "added officer "), officer.text())
        }
        EventFact::OfficersAdded { count, first, last } => {
            if zh {
                format!("批量添加 {count} 名人员（{} 至 {}）", first.text(), last.text())
            } else {
                format!("added {count} officers ({} to {})", first.text(), last.text())
            }
        }
        EventFact::OfficerUpdated { officer, changes } => {
            let parts: Vec<String> = changes
                .iter()
                .map(|(f, b, a)| {
                    let label = match f {
                        OfficerField::Name => pick(lang, "姓名", "name"),
                        OfficerField::Unit => pick(lang, "单位", "unit"),
                        OfficerField::Post => pick(lang, "岗位", "post"),
                    };
                    format!("{label}{}{b} → {a}", pick(lang, "：", ": "))
                })
                .collect();
            if zh {
                format!("修改 {} 的{}", officer.text(), join_owned(&parts, "；"))
            } else {
                format!("changed {} of {}", join_owned(&parts, "; "), officer.text())
            }
        }
        EventFact::OfficerRemoved { officer } => {
            format!("{}{}", pick(lang, "移除人员 ", "removed officer "), officer.text())
        }
        EventFact::InputSet { officer, input, before, after } => match (zh, after) {
            (true, Some(_)) => format!(
                "修改 {} 的 {}：{} → {}",
                officer.text(),
                input.text(lang),
                value(*before, lang),
                value(*after, lang)
            ),
            (true, None) => {
                format!("清除 {} 的 {}（原为 {}）", officer.text(), input.text(lang), value(*before, lang))
            }
            (false, Some(_)) => format!(
                "changed {} of {}: {} → {}",
                input.text(lang),
                officer.text(),
                value(*before, lang),
                value(*after, lang)
            ),
            (false, None) => {
                format!("cleared {} of {} (was {})", input.text(lang), officer.text(), value(*before, lang))
            }
        },
        EventFact::OccurrenceAdded { officer, item, date, count, reference } => {
            let reference = reference.map(|r| [pick(lang, "，", ", "), r].concat()).unwrap_or_default();
            if zh {
                format!("为 {} 登记 {}（{date}，{count} 次{reference}）", officer.text(), item.text(lang))
            } else {
                format!("recorded {} for {} ({date}, {count}×{reference})", item.text(lang), officer.text())
            }
        }
        EventFact::RecordUpserted { officer, record } => {
            if zh {
                format!("为 {} 登记或更新案件记录 {record}", officer.text())
            } else {
                format!("recorded or updated case record {record} for {}", officer.text())
            }
        }
        EventFact::RecordRemoved { officer, record } => {
            if zh {
                format!("删除 {} 的案件记录 {record}", officer.text())
            } else {
                format!("removed case record {record} of {}", officer.text())
            }
        }
        EventFact::OccurrenceRemoved { officer, occurrence, item } => {
            let item = item.map(|i| format!(" {}", i.text(lang))).unwrap_or_default();
            if zh {
                format!("删除 {} 的登记 {occurrence}{item}", officer.text())
            } else {
                format!("removed occurrence {occurrence}{item} of {}", officer.text())
            }
        }
        _ => return None,
    })
}

/// A committee, tolerance, seal or publication event worded.
fn committee_text(lang: Lang, fact: &EventFact<'_>) -> String {
    let zh = lang == Lang::Zh;
    match fact {
        EventFact::MemberAdded { member, role } => {
            if zh {
                format!("增补考评委员会成员 {}（{role}）", member.text())
            } else {
                format!("added committee member {} ({role})", member.text())
            }
        }
        EventFact::MemberRemoved { member } => {
            format!("{}{}", pick(lang, "移除考评委员会成员 ", "removed committee member "), member.text())
        }
        EventFact::Recused { member, officer } => {
            if zh {
                format!("{} 回避评议 {}", member.text(), officer.text())
            } else {
                format!("{} recused from rating {}", member.text(), officer.text())
            }
        }
        EventFact::Rated { member, officer, indicator, before, after } => {
            rated_text(lang, member, officer, indicator, *before, *after)
        }
        EventFact::Signed { member } => {
            format!("{}{}", member.text(), pick(lang, " 签字确认评分表", " signed their score sheet"))
        }
        EventFact::Withdrawn { member } => {
            format!(
                "{}{}",
                member.text(),
                pick(lang, " 撤回评分表签字", " withdrew the sign-off of their sheet")
            )
        }
        EventFact::IncidentRecorded { incident, officer, date } => {
            if zh {
                format!("登记容错事项 {incident}（{}，{date}）", officer.text())
            } else {
                format!("recorded tolerance incident {incident} ({}, {date})", officer.text())
            }
        }
        EventFact::IncidentUpdated { incident, officer, fields } => {
            let labels: Vec<String> = fields.iter().map(|f| f.label(lang).to_owned()).collect();
            let what = if labels.is_empty() {
                pick(lang, "无实质变化", "nothing").to_owned()
            } else {
                join_owned(&labels, pick(lang, "、", ", "))
            };
            if zh {
                format!("修改容错事项 {incident}（{}）：{what}", officer.text())
            } else {
                format!("amended tolerance incident {incident} ({}): {what}", officer.text())
            }
        }
        EventFact::Decided { incident, officer, outcome } => {
            let outcome = outcome.map(|o| [pick(lang, "：", ": "), o].concat()).unwrap_or_default();
            if zh {
                format!("对容错事项 {incident}（{}）作出决定{outcome}", officer.text())
            } else {
                format!("decided tolerance incident {incident} ({}){outcome}", officer.text())
            }
        }
        EventFact::Sealed { officers } => {
            if zh {
                format!("封存考评结果（{officers} 名人员）")
            } else {
                format!("sealed the result ({officers} officers)")
            }
        }
        EventFact::Published => pick(lang, "公示考评结果", "published the sealed result").to_owned(),
        EventFact::OrganisationSet { units, posts } => match lang {
            Lang::Zh => format!("声明组织机构：{units} 个单位，{posts} 个岗位"),
            Lang::En => format!("declared the organisation: {units} unit(s), {posts} post(s)"),
        },
        _ => String::new(),
    }
}

fn rated_text(
    lang: Lang,
    member: &Named<'_>,
    officer: &Named<'_>,
    indicator: &Titled<'_>,
    before: Option<Decimal>,
    after: Option<Decimal>,
) -> String {
    let (m, o, i) = (member.text(), officer.text(), indicator.text(lang));
    match (lang, before, after) {
        (Lang::Zh, None, Some(a)) => format!("{m} 评议 {o} 的 {i}：{a}"),
        (Lang::Zh, Some(b), Some(a)) => format!("{m} 修改对 {o} 的 {i} 评分：{b} → {a}"),
        (Lang::Zh, _, None) => format!("{m} 撤回对 {o} 的 {i} 评分（原为 {}）", value(before, lang)),
        (Lang::En, None, Some(a)) => format!("{m} rated {i} of {o}: {a}"),
        (Lang::En, Some(b), Some(a)) => format!("{m} changed the rating of {i} of {o}: {b} → {a}"),
        (Lang::En, _, None) => format!("{m} removed the rating of {i} of {o} (was {})", value(before, lang)),
    }
}

/// One officer's place as the change wording needs it.
#[derive(Clone, Debug)]
pub(crate) struct StandingFact {
    /// Total.
    pub(crate) total: Decimal,
    /// Rank.
    pub(crate) rank: u32,
    /// Final grade's title (`None`: withheld).
    pub(crate) grade: Option<String>,
}

/// One officer's change of standing worded: `P-003 张三：总分 83.05 → 85.00，等次 称职 → 优秀，名次 5 → 3`
/// (only the parts that differ; joining or leaving the roster said so).
pub(crate) fn standing_text(
    lang: Lang,
    officer: &Named<'_>,
    before: Option<&StandingFact>,
    after: Option<&StandingFact>,
    dp: u32,
) -> String {
    let sep = pick(lang, "：", ": ");
    let (b, a) = match (before, after) {
        (Some(b), Some(a)) => (b, a),
        (None, Some(a)) => {
            return format!(
                "{}{sep}{}{}",
                officer.text(),
                pick(lang, "加入，总分 ", "joined, total "),
                a.total.format_dp(dp)
            )
        }
        (Some(_), None) => {
            return format!("{}{sep}{}", officer.text(), pick(lang, "移出名单", "left the roster"))
        }
        (None, None) => return officer.text(),
    };
    let grade =
        |g: &Option<String>| g.clone().unwrap_or_else(|| crate::explain::wording::withheld(lang).to_owned());
    let mut parts = Vec::new();
    if b.total != a.total {
        parts.push(format!(
            "{} {} → {}",
            pick(lang, "总分", "total"),
            b.total.format_dp(dp),
            a.total.format_dp(dp)
        ));
    }
    if b.grade != a.grade {
        parts.push(format!("{} {} → {}", pick(lang, "等次", "grade"), grade(&b.grade), grade(&a.grade)));
    }
    if b.rank != a.rank {
        parts.push(format!("{} {} → {}", pick(lang, "名次", "rank"), b.rank, a.rank));
    }
    if parts.is_empty() {
        parts.push(pick(lang, "标记变化", "flags changed").to_owned());
    }
    format!("{}{sep}{}", officer.text(), join_owned(&parts, pick(lang, "，", ", ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p3() -> Named<'static> {
        Named { id: "P-003", name: "张三" }
    }

    #[test]
    fn an_input_change_reads_as_the_issue_asks() {
        let input = Titled { id: "", zh: "审限内结案数", en: Some("cases closed in time") };
        let fact = EventFact::InputSet {
            officer: p3(),
            input,
            before: Decimal::parse("175"),
            after: Decimal::parse("180"),
        };
        assert_eq!(event_text(Lang::Zh, &fact), "修改 P-003 张三 的 审限内结案数：175 → 180");
        assert_eq!(event_text(Lang::En, &fact), "changed cases closed in time of P-003 张三: 175 → 180");
    }

    #[test]
    fn ratings_say_first_changed_and_removed() {
        let m = Named { id: "R01", name: "李检察长" };
        let i = Titled { id: "PE01", zh: "综合评价", en: None };
        let first = EventFact::Rated {
            member: m,
            officer: p3(),
            indicator: i,
            before: None,
            after: Decimal::parse("90"),
        };
        assert_eq!(event_text(Lang::Zh, &first), "R01 李检察长 评议 P-003 张三 的 PE01 综合评价：90");
        let gone = EventFact::Rated {
            member: m,
            officer: p3(),
            indicator: i,
            before: Decimal::parse("90"),
            after: None,
        };
        assert_eq!(
            event_text(Lang::Zh, &gone),
            "R01 李检察长 撤回对 P-003 张三 的 PE01 综合评价 评分（原为 90）"
        );
    }

    #[test]
    fn a_standing_names_only_what_moved() {
        let b = StandingFact {
            total: Decimal::parse("83.05").unwrap_or(Decimal::ZERO),
            rank: 5,
            grade: Some("称职".into()),
        };
        let a = StandingFact {
            total: Decimal::parse("90.5").unwrap_or(Decimal::ZERO),
            rank: 3,
            grade: Some("称职".into()),
        };
        assert_eq!(
            standing_text(Lang::Zh, &p3(), Some(&b), Some(&a), 2),
            "P-003 张三：总分 83.05 → 90.50，名次 5 → 3"
        );
        assert_eq!(standing_text(Lang::En, &p3(), Some(&b), None, 2), "P-003 张三: left the roster");
    }
}
