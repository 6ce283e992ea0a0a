using SalesSuite.Quotes.Contracts;

namespace SalesSuite.Collections.Tests.Integration.Payments;

/// <summary>A contract made for a test: its customer (id, code, name), the accepted quote and its milestone ids in order.</summary>
internal sealed record TestContract(Guid CustomerId, string Code, string Name, QuoteAccepted Accepted, IReadOnlyList<Guid> Milestones);
