using NodaTime;

namespace SalesSuite.Collections.Application.Reports;

internal sealed record ReceivedRow(
    LocalDate PaidOn, string BankReference, Guid ReceivableId, string Title, Guid ContractId, string ContractNumber, string? CustomerCode,
    string? CustomerName, Guid OwnerId, decimal Amount, string Currency);
