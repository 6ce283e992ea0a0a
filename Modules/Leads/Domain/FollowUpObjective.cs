namespace SalesSuite.Leads.Domain;

/// <summary>建立联系 / 推进方案 / 促成签约 / 处理异议 / 收集反馈.</summary>
internal enum FollowUpObjective
{
    EstablishContact,
    AdvanceSolution,
    CloseSigning,
    HandleObjection,
    CollectFeedback,
}
