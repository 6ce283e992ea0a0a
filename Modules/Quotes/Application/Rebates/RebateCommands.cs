using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Application;

namespace SalesSuite.Quotes.Application.Rebates;

/// <summary>Finance (and admin) maintain the rebate rules the calculator applies.</summary>
internal sealed class RebateCommands(QuotesDbContext db, RecordAccess access, UnitOfWork<QuotesDbContext> work)
{
    public async Task AddRuleAsync(RebateRuleInput input, CancellationToken ct)
    {
        if (!access.CanManageCatalogue())
        {
            throw new UnauthorizedAccessException();
        }
        db.RebateRules.Add(new RebateRule(Guid.NewGuid(), input.RuleCustomerType, input.RuleProductCode, input.MinAmount,
            input.MaxAmount, input.MaxDeliveryDays, input.MinPercent, input.MaxPercent, input.Documents ?? string.Empty, input.PayoutDays));
        await work.CommitAsync("Rebate.AddRule", ct);
    }
}
