using NodaTime;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Data.Seeding;

/// <summary>A few deals at different stages, follow-ups and next actions (one overdue) for the demo customers.</summary>
internal static class DemoDeals
{
    public static void Add(LeadsDbContext db, Pipeline pipeline, IReadOnlyList<Customer> customers, Instant now)
    {
        var stages = pipeline.Ordered;
        (int Customer, string Title, decimal Amount, int Stage, int DaysIn, string Line)[] rows =
        [
            (0, "恒清 袋式除尘滤芯年度采购", 860_000m, 0, 3, "袋式除尘滤芯"),
            (1, "海天 液压油过滤系统改造", 1_250_000m, 1, 6, "液压过滤"),
            (2, "娃哈哈 灌装线无菌过滤", 420_000m, 2, 9, "无菌过滤"),
            (3, "新和成 反应釜精密过滤器", 2_300_000m, 3, 2, "精密过滤器"),
            (5, "滨海 清洗线过滤单元", 380_000m, 0, 1, "液压过滤"),
        ];
        foreach (var r in rows)
        {
            var customer = customers[r.Customer];
            var opened = now - Duration.FromDays(r.DaysIn + r.Stage * 7);
            var deal = Deal.Open(Guid.NewGuid(), customer.Id, customer.OwnerId!.Value, pipeline, r.Title, r.Amount, r.Line, opened);
            for (var s = 1; s <= r.Stage; s++)
            {
                var at = opened + Duration.FromDays(s * 7);
                var spent = deal.PlaceInStage(stages, stages[s].Id, at);
                db.DealStageChanges.Add(
                    new DealStageChange(Guid.NewGuid(), deal.Id, customer.Id, stages[s - 1].Name, stages[s].Name, spent, false, null, at));
            }
            db.Deals.Add(deal);
        }
        (int Customer, FollowUpObjective Objective, string Summary, string Obstacles, string Next, int DueInDays)[] visits =
        [
            (0, FollowUpObjective.AdvanceSolution, "现场确认除尘设备参数，客户关注滤芯寿命与更换周期。", "预算未明确", "发送滤芯寿命测试数据", 2),
            (1, FollowUpObjective.HandleObjection, "客户反馈竞品报价低12%，需提供寿命成本对比。", "竞品低价", "提交TCO对比表", -3),
            (2, FollowUpObjective.CloseSigning, "商务条款基本确认，账期倾向月结60天。", "采购流程不清晰", "约采购部确认合同模板", 1),
            (4, FollowUpObjective.EstablishContact, "首次电话沟通，了解培训中心实训设备需求。", "决策人未接触", "拜访校长办公室", 5),
        ];
        foreach (var v in visits)
        {
            var customer = customers[v.Customer];
            var owner = customer.OwnerId!.Value;
            var followUp = new FollowUp(
                Guid.NewGuid(), customer.Id, null, owner, v.Objective, v.Summary, v.Obstacles, null, false, now - Duration.FromDays(4));
            db.FollowUps.Add(followUp);
            var due = now.InZone(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).Date.PlusDays(v.DueInDays);
            db.NextActions.Add(new NextAction(Guid.NewGuid(), customer.Id, followUp.Id, owner, v.Next, due));
        }
    }
}
