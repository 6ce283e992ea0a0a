using NodaTime;
using SalesSuite.Quotes.Domain.Offer;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Quotes.Domain;

internal sealed partial class Quote
{
    /// <summary>
    /// The salesperson takes one of the proposed instalment plans as the payment schedule of the draft (before it is
    /// submitted); the next version carries it to the approvers and the customer.
    /// </summary>
    public void ChooseInstalmentPlan(InstalmentPlan plan, Instant now)
    {
        DomainException.ThrowIf(Status is not (QuoteStatus.Draft or QuoteStatus.Rejected), "Offer_Error_PlanNotDraft");
        ScheduleJson = QuoteJson.Write(plan.Items);
        UpdatedAt = now;
    }
}
