namespace SalesSuite.SharedKernel.Events;

public sealed record HandlerFailure(string Handler, Exception Exception);
