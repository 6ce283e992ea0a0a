using NodaTime;

namespace SalesSuite.Stores.Application.Hq;

/// <summary>A store as the headquarters views show it.</summary>
internal sealed record HqStore(
    Guid Id, string Code, string Name, string Region, double Latitude, double Longitude, LocalDate? OpenedOn, Guid? SupervisorUserId);
