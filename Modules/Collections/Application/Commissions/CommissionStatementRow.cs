using NodaTime;
using SalesSuite.Collections.Domain.Commissions;

namespace SalesSuite.Collections.Application.Commissions;

internal sealed record CommissionStatementRow(
    Guid Id, Guid UserId, string Person, LocalDate PeriodStart, CommissionStatementStatus Status, decimal Collected, decimal Total,
    string Currency);
