using NodaTime;
using SalesSuite.Leads.Contracts;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application.Customers;

/// <summary>The one way to announce a customer's profile (on registration and on every edit).</summary>
internal static class ProfileEvents
{
    public static CustomerProfileChanged Changed(Customer customer, Guid? actor, Instant now) =>
        Changed(customer, CustomerProfile.Completeness(customer), actor, now);

    /// <summary>With the completeness over the director's key fields too (<see cref="CustomerProfileService"/>).</summary>
    public static CustomerProfileChanged Changed(Customer customer, ProfileCompleteness completeness, Guid? actor, Instant now)
    {
        return new CustomerProfileChanged(
            EventId: Guid.NewGuid(), OccurredAt: now, ActorUserId: actor, CustomerId: customer.Id, OwnerId: customer.OwnerId,
            FilledKeyFields: completeness.Filled, KeyFieldCount: completeness.Count, MissingFields: completeness.Missing,
            CustomerType: customer.CustomerType, Tier: customer.Tier,
            CompletenessPercent: completeness.Percent);
    }
}
