using NodaTime;
using SalesSuite.Collections.Domain;

namespace SalesSuite.Collections.Application.Payments;

/// <summary>One allocation on the payment page: the milestone it went to and where that milestone stands now.</summary>
internal sealed record AllocationView(
    Guid ReceivableId, Guid ContractId, string ContractNumber, string Title, decimal Amount, Instant AllocatedAt, bool Active,
    ReceivableStatus MilestoneStatus, decimal MilestoneOutstanding, bool Visible);
