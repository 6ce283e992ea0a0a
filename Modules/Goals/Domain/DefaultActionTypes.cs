using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Goals.Domain;

/// <summary>
/// The evidence standards every installation starts with (a director edits or deactivates them; the weekly-plan
/// template refers to the first three by code). Ids are stable so several hosts starting at once insert them once.
/// </summary>
internal static class DefaultActionTypes
{
    public static Guid IdOf(string code) => DemoIds.Of("goals-action-type:" + code);

    public static IReadOnlyList<KeyActionType> Create()
    {
        KeyActionType Make(string code, string zh, string en, EvidenceRule rule, ResultMetric? drives, string? description,
            bool forManagers = false)
        {
            var type = new KeyActionType(IdOf(code), code, zh, en, rule);
            type.Change(zh, en, description, rule, drives, null, null, forManagers);
            return type;
        }

        return
        [
            Make(KeyActionType.KeyVisit, "重点客户拜访", "Key-customer visit",
                new EvidenceRule(EvidenceCatalog.FollowUpLogged, KeyCustomersOnly: true), ResultMetric.NewDeals,
                "拜访记录（跟进）对象是重点客户（A+/A 级或经理标记）。A follow-up logged on a key customer (A+/A or marked)."),
            Make(KeyActionType.NewProspect, "新客户开发", "New prospect",
                new EvidenceRule(EvidenceCatalog.FollowUpLogged, Value: "EstablishContact"), ResultMetric.NewDeals,
                "目的为“建立联系”的跟进。A follow-up whose objective is establishing contact."),
            Make(KeyActionType.Collaboration, "跨部门协作", "Cross-department collaboration",
                new EvidenceRule(EvidenceCatalog.StageTaskCompleted), ResultMetric.NewDeals,
                "技术、财务等部门完成了本人商机的阶段任务。Tech, Finance… completed a stage task on one's deal."),
            Make(KeyActionType.QuoteSubmitted, "提交报价", "Quote submitted",
                new EvidenceRule(EvidenceCatalog.QuoteSubmitted), ResultMetric.QuoteAmount, null),
            Make(KeyActionType.TermsConfirmed, "客户确认账期", "Customer confirms payment terms",
                new EvidenceRule(EvidenceCatalog.QuoteAccepted, Flag: true), ResultMetric.CollectedAmount,
                "客户扫码接受了带付款条件的报价。The customer accepted a quote with payment terms."),
            Make(KeyActionType.Negotiation, "推进到商务谈判", "Deal reaches negotiation",
                new EvidenceRule(EvidenceCatalog.DealStageChanged, Value: "商务谈判"), ResultMetric.NewDeals, null),
            Make(KeyActionType.StoreReport, "门店日报（含 3 张照片）", "Store report with 3 photos",
                new EvidenceRule(EvidenceCatalog.DailyReportSubmitted, MinAttachments: 3), ResultMetric.PromotionExecution, null),
            Make(KeyActionType.StoreMeeting, "门店晨会", "Store morning meeting",
                new EvidenceRule(EvidenceCatalog.StoreCheckedIn, Flag: true), null,
                "在门店围栏内签到。A check-in inside a store's fence.", forManagers: true),
            Make(KeyActionType.ProfileReview, "客户档案复核", "Customer profile review",
                new EvidenceRule(EvidenceCatalog.CustomerProfileChanged, CreditTo: CreditTo.Actor), null, null, forManagers: true),
            Make(KeyActionType.Coaching, "带教推进商机", "Coach a deal forward",
                new EvidenceRule(EvidenceCatalog.DealStageChanged, CreditTo: CreditTo.Actor, ActorNotOwner: true), ResultMetric.NewDeals,
                "经理推进了下属的商机阶段。A manager moved a subordinate's deal forward.", forManagers: true),
        ];
    }
}
