namespace SalesSuite.Host.Areas.Admin.Outbox;

public sealed record DeadLetter(Guid Id, string Type, string OccurredAt, int Attempts, string? LastError);
