using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Leads.Application.Deals;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

/// <summary>Scenario 1's deal in 商务谈判 (its 设备参数 filled in 技术确认), ready for the move into 合同签署.</summary>
internal static class ScenarioPipeline
{
    public sealed record NegotiationDeal(Guid DealId, int Version, Guid ContractId, Guid DiscountFieldId, Guid TermsFieldId);

    public static Task<NegotiationDeal> NegotiationDealAsync(AppFactory factory, string title, string parameters) =>
        factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LeadsDbContext>();
            var pipeline = (await sp.GetRequiredService<PipelineQueries>().DefaultAsync(default))!;
            var stages = pipeline.Ordered;
            var negotiation = stages.Single(s => s.Name == "商务谈判");
            var customer = await db.Customers.SingleAsync(c => c.Name.Contains("恒清"));
            var now = factory.Clock.GetCurrentInstant();
            var deal = Deal.Open(Guid.NewGuid(), customer.Id, customer.OwnerId!.Value, pipeline, title, 300_000m, null, now);
            deal.PlaceInStage(stages, negotiation.Id, now);
            db.Deals.Add(deal);
            var parameterField = stages.SelectMany(s => s.Fields).Single(f => f.Label == "设备参数");
            db.DealFieldValues.Add(new DealFieldValue(Guid.NewGuid(), deal.Id, parameterField.Id, parameters));
            await db.SaveChangesAsync();
            return new NegotiationDeal(deal.Id, deal.Version, stages.Single(s => s.Name == "合同签署").Id,
                negotiation.Fields.Single(f => f.Label == "压价幅度").Id, negotiation.Fields.Single(f => f.Label == "账期要求").Id);
        });

    public static Dictionary<string, string> MoveForm(NegotiationDeal deal, string terms = "月结60天", string discount = "5") => new()
    {
        ["targetStageId"] = deal.ContractId.ToString(),
        ["version"] = deal.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"f_{deal.DiscountFieldId}"] = discount,
        [$"f_{deal.TermsFieldId}"] = terms,
    };
}
