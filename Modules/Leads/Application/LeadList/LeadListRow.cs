using NodaTime;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application.LeadList;

/// <summary>One line of the list (what the page and the CSV show, nothing more).</summary>
internal sealed record LeadListRow(
    Guid Id, string Company, string ContactName, string Phone, string Source, LeadStatus Status, Guid? OwnerId,
    Instant? ClaimedAt, Instant? ReleaseDeadline);
