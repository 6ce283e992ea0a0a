using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Leads.Application.Deals;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

public sealed class CycleComparisonTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    [Fact]
    public async Task Given_closed_deals_of_two_lines_When_a_deal_enters_a_cycle_stage_Then_the_director_gets_the_same_line_average()
    {
        var (dealId, version, target, techField) = await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LeadsDbContext>();
            var pipeline = (await sp.GetRequiredService<PipelineQueries>().DefaultAsync(default))!;
            var customer = await db.Customers.SingleAsync(c => c.Name.Contains("恒清"));
            var now = factory.Clock.GetCurrentInstant();
            void AddClosed(string line, int days)
            {
                var old = Deal.Open(
                    Guid.NewGuid(), customer.Id, customer.OwnerId!.Value, pipeline, "历史 " + line, 1m, line, now - Duration.FromDays(400));
                old.Close(true, null, now - Duration.FromDays(400 - days));
                db.Deals.Add(old);
            }
            AddClosed("滤筒", 41);
            AddClosed("滤筒", 33);
            AddClosed("液压过滤", 5);
            var deal = Deal.Open(Guid.NewGuid(), customer.Id, customer.OwnerId!.Value, pipeline, "HQ-cartridge-2", 500_000m, "滤筒", now);
            db.Deals.Add(deal);
            await db.SaveChangesAsync();
            return (deal.Id, deal.Version, pipeline.Ordered.Single(s => s.Name == "商务谈判").Id, pipeline.Ordered[0].Fields.Single().Id);
        });
        factory.Clock.Advance(Duration.FromDays(29));

        var client = await factory.SignInAsync("sales01");
        var response = await client.HtmxPostAsync($"/Leads/Deals?handler=Move&id={dealId}",
            new() { ["targetStageId"] = target.ToString(), ["version"] = version.ToString(), [$"f_{techField}"] = "流量 20m³/h" }, "/Leads/Deals");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var notifications = await factory.QueryAsync(db =>
            db.Outbox.Where(o => o.Type.Contains("NotificationRequested")).Select(o => o.Payload).ToListAsync());
        var comparison = Assert.Single(notifications, p =>
            p.Contains("HQ-cartridge-2", StringComparison.Ordinal) && p.Contains("Notify_CycleComparison", StringComparison.Ordinal));
        Assert.Contains("Notify_CycleComparison_CustomerProductLine", comparison, StringComparison.Ordinal);
        Assert.Contains("\"29\"", comparison, StringComparison.Ordinal);
        Assert.Contains("\"37\"", comparison, StringComparison.Ordinal); // (41 + 33) / 2, the 5-day 液压过滤 deal is not counted
    }
}
