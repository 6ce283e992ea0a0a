namespace SalesSuite.SharedKernel.Events;

/// <summary>One registered handler: its type name (the inbox consumer name) and how to build it in a scope.</summary>
internal sealed record HandlerEntry(string Name, Func<IServiceProvider, object> Create);
