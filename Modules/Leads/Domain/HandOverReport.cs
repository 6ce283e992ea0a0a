using NodaTime;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Leads.Domain;

/// <summary>Result of one hand-over: counts moved per record type.</summary>
internal sealed class HandOverReport
{
    private HandOverReport() { }

    public HandOverReport(
        Guid id, Guid fromUserId, Guid toUserId, Guid? byUserId, Instant at, int customers, int deals, int actions, int leads)
    {
        DomainException.ThrowIf(fromUserId == toUserId, "HandOver_Invalid");
        Id = id;
        FromUserId = fromUserId;
        ToUserId = toUserId;
        ByUserId = byUserId;
        At = at;
        Customers = customers;
        Deals = deals;
        Actions = actions;
        Leads = leads;
    }

    public Guid Id { get; private set; }
    public Guid FromUserId { get; private set; }
    public Guid ToUserId { get; private set; }
    public Guid? ByUserId { get; private set; }
    public Instant At { get; private set; }
    public int Customers { get; private set; }
    public int Deals { get; private set; }
    public int Actions { get; private set; }
    public int Leads { get; private set; }
}
