using Microsoft.EntityFrameworkCore;

namespace SalesSuite.SharedKernel.Tests.Persistence.Lookup;

internal sealed class CurrentDbContext : DbContext;

internal sealed class OldDbContext : DbContext;

internal sealed class PlainDbContext : DbContext;
