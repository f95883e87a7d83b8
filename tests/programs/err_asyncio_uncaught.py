# An exception escaping asyncio.run's main coroutine ends the program with a traceback.
import asyncio


async def inner():
    await asyncio.sleep(0)
    raise ValueError("bad value in task")


async def main():
    print("starting")
    await inner()


asyncio.run(main())
